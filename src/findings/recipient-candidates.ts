import { builtinModules } from 'node:module';
import type { Finding, Gap, RecipientCandidate } from '../model.js';
import { ENV_DESTINATION_PREFIX } from './endpoints.js';

/**
 * Third parties the scan saw data reach without knowing who they are: unknown packages (from the gaps) and URLs
 * read from environment variables that no example env file names (`env:NAME` findings). `init` drafts them as
 * recipients; the summary lists them so that a person decides.
 */
export function listRecipientCandidates(findings: readonly Finding[], gaps: readonly Gap[]): RecipientCandidate[] {
  const candidates = new Map<string, { source: RecipientCandidate['source']; places: Set<string>; categories: Set<string> }>();
  const add = (recipient: string, source: RecipientCandidate['source'], location: Finding['location'], categories: readonly string[]) => {
    let candidate = candidates.get(recipient);
    if (!candidate) candidates.set(recipient, (candidate = { source, places: new Set(), categories: new Set() }));
    candidate.places.add(`${location.file}:${location.line}:${location.column}`);
    for (const category of categories) candidate.categories.add(category);
  };
  // Node's own modules (`http`, `net`) send where the app points them: the destination, not the module, is a recipient.
  for (const gap of gaps) if (gap.package !== undefined && !isNodeBuiltin(gap.package)) add(gap.package, 'package', gap.location, gap.categories);
  for (const finding of findings) {
    const recipient = finding.sink.recipient;
    if (recipient?.startsWith(ENV_DESTINATION_PREFIX)) add(recipient, 'environment', finding.location, [finding.category]);
  }
  return [...candidates]
    .map(([recipient, { source, places, categories }]) => ({ recipient, source, calls: places.size, categories: [...categories].sort() }))
    .sort((a, b) => b.calls - a.calls || (a.recipient < b.recipient ? -1 : a.recipient > b.recipient ? 1 : 0));
}

const NODE_BUILTINS = new Set(builtinModules);
/** `http`, `node:net`: Node's own modules, which send wherever the app points them. */
export const isNodeBuiltin = (name: string) => name.startsWith('node:') || NODE_BUILTINS.has(name);

import type { Confidence } from '../../model.js';
import { ENV_DESTINATION_PREFIX } from '../../findings/endpoints.js';
import { formatCode, suggestRecipientId } from '../describe.js';
import type { ProblemDraft, ResolvedFinding, Rule } from './types.js';

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export const undeclaredRecipient: Rule = {
  meta: {
    id: 'undeclared-recipient',
    defaultSeverity: 'error',
    description: 'Data reaches a third party that `recipients` does not list.',
    help: 'List the third party under `recipients` (name, kind, role, purposes, country and transfer safeguard), or stop sending it data. A recipient stands for catalog ids in `sdks` and for hosts in `hosts` (also `env:NAME`, a URL read from that environment variable); your own servers belong in `scan.firstPartyHosts`.',
  },
  check({ loaded, findings }) {
    // One problem per call: an `identify` that sends email and name to an unlisted service is one missing recipient.
    const bySink = new Map<string, ResolvedFinding[]>();
    for (const resolved of findings) {
      if (resolved.destination.kind !== 'undeclared') continue;
      const { file, line, column } = resolved.finding.location;
      const key = `${file}:${line}:${column}:${resolved.destination.id}`;
      const group = bySink.get(key);
      if (group === undefined) bySink.set(key, [resolved]);
      else group.push(resolved);
    }
    const drafts: ProblemDraft[] = [];
    for (const group of bySink.values()) {
      const { finding, destination } = group[0]!;
      if (destination.kind !== 'undeclared') continue;
      const categories = [...new Set(group.map((item) => item.finding.category))].sort();
      const fields = [...new Set(group.map((item) => item.field?.id ?? null))];
      const carried = [...new Set(group.map((item) => `\`${formatCode(item.finding.expression)}\` (${item.finding.category})`))].sort().join(', ');
      const confidence = group
        .map((item) => item.finding.confidence)
        .reduce((best, next) => (CONFIDENCE_RANK[next] > CONFIDENCE_RANK[best] ? next : best));
      const isHost = finding.sink.kind === 'http';
      const id = suggestRecipientId(destination.id);
      const variable = destination.id.startsWith(ENV_DESTINATION_PREFIX) ? destination.id.slice(ENV_DESTINATION_PREFIX.length) : undefined;
      const help = variable !== undefined
        ? `the URL comes from the environment variable ${variable}: if it points at a third party, add a recipient \`${id}\` with \`hosts: [${destination.id}]\` under \`recipients\` in ${loaded.file}; if it is your own service, list ${destination.id} under \`scan.firstPartyHosts\`; a real URL for ${variable} in .env.example lets privlint name the host`
        : isHost
        ? `add a recipient \`${id}\` with \`hosts: [${destination.id}]\` under \`recipients\` in ${loaded.file}, list ${destination.id} in \`scan.firstPartyHosts\` if it is your own server, or stop sending it`
        : `add a recipient \`${id}\` (kind: ${finding.sink.kind}) under \`recipients\` in ${loaded.file}, or stop sending it`;
      drafts.push({
        rule: 'undeclared-recipient',
        location: finding.location,
        category: categories.length === 1 ? categories[0]! : null,
        field: fields.length === 1 ? fields[0]! : null,
        recipient: destination.id,
        expression: [...new Set(group.map((item) => item.finding.expression))].sort().join(', '),
        manifestLocation: loaded.locate(['recipients']),
        message: `\`${finding.sink.api}\` sends ${carried} to ${destination.id}, which is not listed under \`recipients\` in ${loaded.file}.`,
        help,
        confidence,
      });
    }
    return drafts;
  },
};

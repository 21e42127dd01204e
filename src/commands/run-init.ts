import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { getDefaultCacheLocation } from '../cache/scan-cache.js';
import { PrivlintError } from '../errors.js';
import { scan } from '../findings/index.js';
import { isNodeBuiltin } from '../findings/recipient-candidates.js';
import { snapshotFile, writeFileAtomic } from '../fs/write-file.js';
import { MANIFEST_NAMES } from '../manifest/discover.js';
import { readRepositoryLayout, type RepositoryLayout } from '../project/workspace.js';
import { createDraft, type DraftSummary } from '../manifest-edit/index.js';
import type { CommandIO } from './context.js';
import type { InitFlags } from './init.js';

/** `privlint init`: scans the project and writes a draft manifest beside it. */
export async function runInit(dir: string, flags: InitFlags, io: CommandIO): Promise<void> {
  const root = resolve(io.cwd, dir);
  const shown = (path: string) => relative(io.cwd, path).split(sep).join('/') || basename(path);
  const existing = MANIFEST_NAMES.map((name) => join(root, name)).find((path) => existsSync(path));
  // --force replaces the manifest that is there (privacy.yaml stays privacy.yaml), so there is never two.
  const target = existing ?? join(root, 'privacy.yml');
  if (existing !== undefined && !flags.force) {
    throw new PrivlintError('E_EXISTS', `${shown(existing)} already exists; edit it, run \`privlint check --fix\` to add what the code shows, or pass --force to overwrite it.`);
  }
  const before = existing === undefined ? undefined : snapshotFile(existing);
  // The same settings `check` derives from the draft (no aliases, no extra SDKs), so its first run reuses this cache.
  const result = await scan({
    root,
    types: flags.types,
    aliases: {},
    sdks: [],
    ...(flags.cache ? { cache: { location: flags.cacheLocation === undefined ? getDefaultCacheLocation() : resolve(io.cwd, flags.cacheLocation) } } : {}),
  });
  const schemaPath = relative(dirname(target), findInstalledSchema(root)).split(sep).join('/');
  const { name, source } = getServiceName(root);
  const { text, summary } = createDraft(result, {
    name,
    nameSource: source,
    schemaPath: schemaPath.startsWith('.') ? schemaPath : `./${schemaPath}`,
    isRecipientCandidate: createRecipientCandidateTest(readRepositoryLayout(root)),
  });
  // Without --force nothing is replaced, not even a manifest someone created while the scan ran.
  writeFileAtomic(target, text, { insideDir: root, ...(flags.force ? (before ? { unchangedSince: before } : {}) : { exclusive: true }) });
  io.stdout(formatInitSummary(shown(target), result.summary.findings, result.summary.files, summary));
}

const SCHEMA_IN_PACKAGE = join('node_modules', 'privlint', 'schemas', 'manifest.schema.json');

/**
 * The schema of the privlint installed for this project, for the editor modeline: the nearest
 * node_modules/privlint from `root` upwards (a workspace's dependencies are often hoisted to the repository root),
 * else where `npm install -D privlint` will put it beside the manifest.
 */
function findInstalledSchema(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCHEMA_IN_PACKAGE))) return join(dir, SCHEMA_IN_PACKAGE);
    if (dirname(dir) === dir) return join(root, SCHEMA_IN_PACKAGE);
  }
}

/**
 * A package is drafted as a recipient when the repository declares it as a runtime dependency (`dependencies`,
 * `peerDependencies` or `optionalDependencies` of any of its package.json files) and it is not one of the
 * repository's own workspace packages or a Node built-in: test tools and path aliases are nobody's recipients.
 */
function createRecipientCandidateTest(layout: RepositoryLayout): (name: string) => boolean {
  const own = new Set(layout.packages.map((entry) => entry.name));
  return (name) => layout.runtimeDependencies.has(name) && !own.has(name) && !isNodeBuiltin(name);
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the draft holds, what privlint could not see, and what a person decides next. */
export function formatInitSummary(target: string, findings: number, files: number, summary: DraftSummary): string {
  const lines = [
    `privlint: wrote ${target} from ${count(findings, 'finding')} in ${count(files, 'file')}: ${count(summary.fields, 'field')}, ${count(summary.recipients, 'recipient')}.`,
  ];
  if (summary.unknownPackages.length > 0) {
    lines.push(`Not followed: personal data went into ${count(summary.unknownPackages.length, 'package')} privlint does not know (drafted as recipients to confirm):`);
    for (const item of summary.unknownPackages) lines.push(`  ${item.name}: ${count(item.places, 'place')}, ${item.categories.join(', ')}`);
  }
  lines.push(
    'Next:',
    `  1. Replace the ${count(summary.todos, 'TODO')} in ${target}: who the controller is, why each field is used and on which legal basis,`,
    '     how long it is kept, and where each recipient is (country, transfer safeguard).',
    '  2. Run `privlint check`: it fails while a TODO is left, and whenever code and manifest disagree.',
    '  3. Run `privlint notice` to write the notice people read.',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The name people know the service by: the README's first heading, else the folder's name. Not the package.json
 * name, which is a package id (`@acme/root`) more often than a product's name.
 */
export function getServiceName(root: string): { name: string; source: string } {
  for (const file of ['README.md', 'readme.md', 'Readme.md']) {
    const path = join(root, file);
    try {
      if (!statSync(path).isFile()) continue;
      const heading = readFileSync(path, 'utf8')
        .split(/\r?\n/)
        .find((line) => /^#\s+\S/.test(line));
      const name = heading === undefined ? '' : toPlainHeading(heading);
      if (name !== '') return { name, source: `taken from the title of ${file}` };
    } catch {
      // An unreadable README only costs the nicer name.
    }
  }
  return { name: basename(root), source: 'taken from the name of the folder' };
}

/** `# [![logo](x.png)](url) Acme **Shop**` → `Acme Shop`. */
function toPlainHeading(line: string): string {
  return line
    .replace(/^#\s+/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

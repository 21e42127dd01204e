import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { PrivlintError } from '../errors.js';
import { scan } from '../findings/index.js';
import { snapshotFile, writeFileAtomic } from '../fs/write-file.js';
import { MANIFEST_NAMES } from '../manifest/discover.js';
import { createDraft } from '../manifest-edit/index.js';
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
  const result = await scan({ root, types: flags.types });
  const schemaPath = relative(dirname(target), join(root, 'node_modules', 'privlint', 'schemas', 'manifest.schema.json')).split(sep).join('/');
  const text = createDraft(result, { name: getProductName(root), schemaPath: schemaPath.startsWith('.') ? schemaPath : `./${schemaPath}` });
  // Without --force nothing is replaced, not even a manifest someone created while the scan ran.
  writeFileAtomic(target, text, { insideDir: root, ...(flags.force ? (before ? { unchangedSince: before } : {}) : { exclusive: true }) });
  const fields = new Set(result.findings.map((finding) => finding.category)).size;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stdout(
    `privlint: wrote ${shown(target)} from ${count(result.summary.findings, 'finding')} in ${count(result.summary.files, 'file')} (${count(fields, 'field')}); replace every TODO with what is true, then run privlint check.\n`,
  );
}

/** The `name` of the project's package.json, else the directory name. */
function getProductName(root: string): string {
  const path = join(root, 'package.json');
  try {
    if (statSync(path).isFile()) {
      const name = (JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown }).name;
      if (typeof name === 'string' && name.trim() !== '') return name.trim();
    }
  } catch {
    // An unreadable or invalid package.json only costs the nicer name.
  }
  return basename(root);
}

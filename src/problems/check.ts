import { randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { scan } from '../findings/index.js';
import { PrivlintError, isPrivlintError } from '../errors.js';
import { hashContent, writeFileAtomic } from '../fs/write-file.js';
import { readRegularFile } from '../fs/read-file.js';
import { MAX_FILE_BYTES, type ProjectFile } from '../project/index.js';
import { findManifest, getAliasTable, isFile, loadManifest, validateManifest } from '../manifest/index.js';
import { MAX_MANIFEST_BYTES } from '../manifest/load.js';
import type { LoadedManifest } from '../manifest/types.js';
import { applyAdditions, isEmpty, planAdditions, type Additions } from '../manifest-edit/index.js';
import type { CheckResult, ScanResult } from '../model.js';
import { checkoutCommit, openRepository } from '../git/commit-tree.js';
import { createBaseline, readBaseline, type Baseline } from './baseline.js';
import { evaluate, type EvaluateOptions } from './evaluate.js';
import { SUPPRESSION_DIRECTIVE } from './suppressions.js';

export interface CheckOptions extends Omit<EvaluateOptions, 'baseline' | 'readSource'> {
  /** Absolute directory to scan. */
  root: string;
  /** The manifest as the user named it (absolute, or relative to `cwd`); else discovered from root upwards. */
  manifest?: string;
  cwd?: string;
  /** Absolute path of the baseline file. */
  baseline?: string;
  /** Write every current problem to the baseline (then none is reported as new). */
  updateBaseline?: boolean;
  types?: boolean;
  /** Reuse per-file scan results from this folder (src/cache/README.md); no cache when undefined. */
  cache?: { location: string };
  /** Threads to analyse with; undefined = auto (`--concurrency`). */
  concurrency?: number;
  /** Add what the code shows and the manifest lacks to the manifest before judging. */
  fix?: boolean;
  /**
   * A git ref: report only problems that the code and manifest of that commit did not have already. The commit
   * is read into a temporary folder with git plumbing; the work tree is never touched.
   */
  base?: string;
  /** Texts to read instead of the files on disk, by absolute path (an editor's unsaved buffer). */
  sourceTexts?: ReadonlyMap<string, string>;
  onProgress?: (done: number, total: number) => void;
  /** Sentences about the run for the person running it: a manifest pattern that matches nothing, a cache that could not be written. */
  onNotice?: (message: string) => void;
}

export interface CheckOutcome {
  result: CheckResult;
  loaded: LoadedManifest;
  /** What --fix added to the manifest; undefined when it changed nothing (or was not asked for). */
  fixed?: Additions;
  /** The baseline to write, when --update-baseline asked for it. */
  baseline?: Baseline;
  /** With `base`: the commit compared with, and how many problems it already had. */
  base?: { ref: string; commit: string; problems: number };
  readSource: (file: string) => string | undefined;
}

/** The whole `check`: find and load the manifest, scan the code, judge, apply comments and baseline. */
export async function checkProject(options: CheckOptions): Promise<CheckOutcome> {
  const root = resolve(options.root);
  if (!isDirectory(root)) {
    throw new PrivlintError('E_PROJECT_NOT_FOUND', `${toDisplayPath(options.cwd ?? process.cwd(), root)} is not a directory; pass the folder of the project to check.`);
  }
  const manifestPath = findManifest(root, options.manifest, options.cwd ?? root);
  let loaded = loadManifest(manifestPath, { root });
  const { manifest } = loaded;
  // Read before the scan, so a wrong path fails fast.
  const fileBaseline =
    options.baseline === undefined || options.updateBaseline
      ? undefined
      : readBaseline(options.baseline, toDisplayPath(options.cwd ?? root, options.baseline));
  const base = options.base === undefined ? undefined : await checkBase(options, root, manifestPath);
  const knownProblems = base === undefined ? fileBaseline : mergeBaselines(fileBaseline, base.baseline);
  const aliases = getAliasTable(manifest);
  let listed: readonly ProjectFile[] = [];
  const scanResult = await scan({
    root,
    include: manifest.scan.include,
    exclude: manifest.scan.exclude,
    sdks: manifest.scan.sdks,
    aliases,
    types: options.types,
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.sourceTexts ? { sourceTexts: options.sourceTexts } : {}),
    onProgress: options.onProgress,
    ...(options.onNotice ? { onNotice: options.onNotice } : {}),
    onListed: (files) => {
      listed = files;
    },
  });
  // The report names the scanned folder as the user gave it, so CI reporters can make paths repository-relative.
  scanResult.root = toDisplayPath(options.cwd ?? process.cwd(), root);
  const readSource = createSourceReader(root, options.sourceTexts);
  // Suppression comments in files without findings must be read too, or an unused one would go unreported.
  const commented = listed.filter((file) => file.text.includes(SUPPRESSION_DIRECTIVE)).map((file) => file.path);
  const files = [...(options.files ?? []), ...commented];
  const evaluateOptions: EvaluateOptions = { rules: options.rules, strict: options.strict, files, readSource };
  let fixed: Additions | undefined;
  if (options.fix) {
    fixed = fixManifest(loaded, scanResult, root);
    if (fixed !== undefined) loaded = loadManifest(manifestPath, { root });
  }
  if (options.updateBaseline) {
    const baseline = createBaseline(evaluate(scanResult, loaded, evaluateOptions).problems);
    return { result: evaluate(scanResult, loaded, { ...evaluateOptions, baseline }), loaded, baseline, fixed, readSource };
  }
  return {
    result: evaluate(scanResult, loaded, { ...evaluateOptions, baseline: knownProblems }),
    loaded,
    fixed,
    readSource,
    ...(base === undefined ? {} : { base: { ref: base.ref, commit: base.commit, problems: base.baseline.problems.length } }),
  };
}

/**
 * The problems of the base commit, as a baseline: its files are checked out into a temporary folder and judged
 * against its own manifest (a commit without one had no problems to carry over). Fingerprints hold no line
 * numbers, so a problem whose line only moved is still the same problem.
 */
async function checkBase(options: CheckOptions, root: string, manifestPath: string): Promise<{ ref: string; commit: string; baseline: Baseline }> {
  const repository = openRepository(root, toDisplayPath(options.cwd ?? process.cwd(), root));
  const tree = checkoutCommit(repository, options.base!);
  try {
    const fromTop = relative(repository.top, manifestPath);
    const insideRepository = !fromTop.startsWith('..') && !isAbsolute(fromTop);
    const baseManifest = insideRepository ? join(tree.dir, fromTop) : manifestPath;
    if (!isFile(baseManifest) || !isDirectory(tree.root)) return { ref: tree.ref, commit: tree.commit, baseline: createBaseline([]) };
    const outcome = await checkProject({
      root: tree.root,
      cwd: tree.root,
      manifest: baseManifest,
      rules: options.rules,
      strict: options.strict,
      types: options.types,
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    });
    return { ref: tree.ref, commit: tree.commit, baseline: createBaseline([...outcome.result.problems]) };
  } catch (error) {
    // A base without code to scan had no problems; anything else about the base is worth stopping for.
    if (isPrivlintError(error) && error.code === 'E_NO_FILES') return { ref: tree.ref, commit: tree.commit, baseline: createBaseline([]) };
    throw error;
  } finally {
    tree.dispose();
  }
}

function mergeBaselines(first: Baseline | undefined, second: Baseline): Baseline {
  return first === undefined ? second : { schemaVersion: 1, problems: [...first.problems, ...second.problems] };
}

/**
 * --fix: adds the fields, recipients, list entries and `todo` purpose the code needs, validates the edited
 * text, then replaces the manifest atomically. Returns undefined when there was nothing to add, so a second
 * run leaves the file untouched.
 */
function fixManifest(loaded: LoadedManifest, scanResult: ScanResult, root: string): Additions | undefined {
  const additions = planAdditions(loaded.manifest, scanResult.findings);
  if (isEmpty(additions)) return undefined;
  const text = `${loaded.byteOrderMark ? '\uFEFF' : ''}${applyAdditions(loaded.text, additions)}`;
  // Validate beside the manifest (same directory, so relative $schema paths resolve) before replacing it.
  // A fresh name, created exclusively: a `.privacy.yml.privlint-fix` link committed to the repository is never written through.
  const draftPath = join(dirname(loaded.absolutePath), `.${basename(loaded.absolutePath)}.${randomBytes(6).toString('hex')}.privlint-fix`);
  let drafted = false;
  try {
    try {
      const fd = openSync(draftPath, 'wx', 0o600);
      drafted = true;
      try {
        writeFileSync(fd, text);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
      throw new PrivlintError(
        'E_OUTPUT',
        `--fix could not write its draft beside ${loaded.file} (${reason}); ${loaded.file} was left unchanged. Check the disk space and permissions of its folder.`,
        { cause: error },
      );
    }
    const { diagnostics } = validateManifest(draftPath, { root });
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity !== 'warn');
    if (errors.length > 0) {
      // A layout the editor does not handle (odd flow maps, explicit keys, anchors): refuse with the file untouched.
      const [first] = errors;
      throw new PrivlintError(
        'E_OUTPUT',
        `--fix could not add its entries to ${loaded.file} without breaking it (the edited text would fail validation: ${first!.message}); ${loaded.file} was left unchanged. Add the entries by hand (privlint check lists them), or write the fields, purposes and recipients sections as plain block maps.`,
      );
    }
  } finally {
    if (drafted) rmSync(draftPath, { force: true });
  }
  // What the run read, byte for byte: an edit saved while the scan ran is refused, not overwritten.
  const read = { hash: hashContent(`${loaded.byteOrderMark ? '\uFEFF' : ''}${loaded.text}`) };
  writeFileAtomic(loaded.absolutePath, text, { insideDir: ownerDir(loaded.absolutePath, root), unchangedSince: read });
  return additions;
}

/** Reads root-relative files once each; the reporters and the suppression pass share it. */
export function createSourceReader(root: string, sourceTexts?: ReadonlyMap<string, string>): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      // Only regular files inside the project (a device or a link leaving it gives no code frame), size capped.
      const unsaved = sourceTexts?.get(resolve(root, file));
      if (unsaved !== undefined) {
        cache.set(file, unsaved);
      } else {
        const read = readRegularFile(resolve(root, file), root, Math.max(MAX_FILE_BYTES, MAX_MANIFEST_BYTES));
        cache.set(file, 'reason' in read ? undefined : read.bytes.toString('utf8'));
      }
    }
    return cache.get(file);
  };
}

const toDisplayPath = (cwd: string, path: string) => relative(cwd, path).split(sep).join('/') || '.';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The folder a manifest write must stay inside: the project, or the manifest's own folder when it lives above it. */
function ownerDir(manifestPath: string, root: string): string {
  const fromRoot = relative(root, manifestPath);
  return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? dirname(manifestPath) : root;
}

import { resolve } from 'node:path';
import { getDefaultCacheLocation } from './cache/scan-cache.js';
import { PrivlintError } from './errors.js';
import { createExportRenderer, type ExportTarget } from './export/index.js';
import { scan as scanFindings } from './findings/index.js';
import { getAliasTable, loadManifest as loadManifestFile, loadOptionalManifest, validateManifest } from './manifest/index.js';
import type { LoadedManifest, ManifestValidation } from './manifest/index.js';
import type { CheckResult, RuleId, ScanResult, Severity } from './model.js';
import { assertManifestPublishable } from './notice/completeness.js';
import { createNoticeRenderer, type NoticeFormat } from './notice/index.js';
import type { NoticeLanguage } from './notice/locales/index.js';
import type { ManifestWarning } from './notice/warnings.js';
import { checkProject, withCoveringFields } from './problems/index.js';

export type {
  CheckResult,
  CheckSummary,
  Confidence,
  Evidence,
  Finding,
  Gap,
  Location,
  Problem,
  RuleId,
  ScanResult,
  ScanSummary,
  Severity,
  Sink,
  SinkKind,
  SkippedFile,
  ToolInfo,
  TraceStep,
} from './model.js';
export type { Diagnostic, ErrorCode } from './errors.js';
export type { Field, LegalBasis, LoadedManifest, LocalizedText, Manifest, ManifestValidation, Purpose, Recipient, StorageKind } from './manifest/index.js';
export type { ExportTarget } from './export/index.js';
export type { NoticeFormat } from './notice/index.js';
export type { NoticeLanguage } from './notice/locales/index.js';
export type { ManifestWarning } from './notice/warnings.js';
export { PrivlintError, isPrivlintError } from './errors.js';
export { EXPORT_TARGETS } from './export/index.js';
export { RULE_IDS } from './problems/index.js';
export { VERSION } from './version.js';

/** Where the scan keeps per-file results between runs: `true` is `node_modules/.cache/privlint` above the project. */
export type CacheOption = boolean | { location: string };

export interface ScanOptions {
  /** The project folder (absolute, or relative to `cwd`). */
  root: string;
  /**
   * The manifest whose `scan` settings and field aliases apply, relative to `cwd`. By default the first
   * `privacy.yml`, `privacy.yaml` or `.privacy/manifest.yml` found from `root` upwards is used when there is one;
   * `false` ignores any manifest.
   */
  manifest?: string | false;
  /** Base for relative paths; default `process.cwd()`. Report paths stay relative to `root`. */
  cwd?: string;
  /** Expand objects passed whole with the type checker (default true), like the CLI's `--no-types` when false. */
  types?: boolean;
  /** Reuse the results of unchanged files; off by default (the CLI turns it on). */
  cache?: CacheOption;
  /** Threads to analyse with; default: as many as the cores and the amount of code make worthwhile. */
  concurrency?: number;
}

export interface CheckOptions extends Omit<ScanOptions, 'manifest'> {
  /** The manifest, relative to `cwd`; by default the first one found from `root` upwards (required to exist). */
  manifest?: string;
  /** Severity per rule, over the manifest's `rules` (as `--rule`). */
  rules?: Partial<Record<RuleId, Severity>>;
  /** Let low-confidence findings be errors too. */
  strict?: boolean;
  /** A baseline file (`privlint check --update-baseline` writes one): its problems are not reported. */
  baseline?: string;
  /** Add what the code shows and the manifest lacks to the manifest, with TODO markers, before judging. */
  fix?: boolean;
}

export interface RenderedDocument {
  text: string;
  /** What the manifest leaves open that the document had to guess or leave out, located in the manifest. */
  warnings: ManifestWarning[];
}

const toCache = (cache: CacheOption | undefined, root: string, cwd: string): { cache: { location: string } } | object => {
  if (cache === undefined || cache === false) return {};
  return { cache: { location: cache === true ? getDefaultCacheLocation() : resolve(cwd, cache.location) } };
};

/**
 * Finds where personal data is collected, stored, logged and sent in the TypeScript project at `root`: the
 * document `privlint scan --format json` prints. Findings name the manifest field that covers them when a manifest
 * is found. Throws PrivlintError for bad input (no files to scan, an invalid manifest).
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root);
  const loaded = options.manifest === false ? undefined : loadOptionalManifest(root, options.manifest, cwd);
  const manifest = loaded?.manifest;
  const result = await scanFindings({
    root,
    ...(manifest?.scan.include ? { include: manifest.scan.include } : {}),
    ...(manifest?.scan.exclude ? { exclude: manifest.scan.exclude } : {}),
    ...(manifest ? { sdks: manifest.scan.sdks, aliases: getAliasTable(manifest) } : {}),
    types: options.types,
    ...toCache(options.cache, root, cwd),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  });
  if (manifest === undefined) return result;
  return { ...result, findings: withCoveringFields(manifest, result.findings) };
}

/**
 * Scans the project and compares it with its manifest: the document `privlint check --format json` prints.
 * `result.summary.errors > 0` is what makes the CLI exit 1. Throws PrivlintError for bad input.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root);
  const outcome = await checkProject({
    root,
    cwd,
    manifest: options.manifest,
    rules: options.rules ?? {},
    strict: options.strict,
    baseline: options.baseline === undefined ? undefined : resolve(cwd, options.baseline),
    types: options.types,
    ...toCache(options.cache, root, cwd),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    fix: options.fix,
  });
  return outcome.result;
}

/**
 * Validates a manifest without throwing for its content: `manifest` is set when it has no errors, and every error
 * and warning comes back located (file, line, column). Throws PrivlintError only when the file cannot be read.
 */
export function validate(path: string, options: { cwd?: string } = {}): ManifestValidation {
  const cwd = options.cwd ?? process.cwd();
  return validateManifest(resolve(cwd, path), { root: cwd });
}

/** Loads a manifest; throws PrivlintError (code `E_MANIFEST_INVALID`, with located `diagnostics`) when it is invalid. */
export function loadManifest(path: string, options: { cwd?: string } = {}): LoadedManifest {
  const cwd = options.cwd ?? process.cwd();
  return loadManifestFile(resolve(cwd, path), { root: cwd });
}

/**
 * The privacy notice people read, from a loaded manifest. Throws PrivlintError: `E_MANIFEST_UNFINISHED` while a TODO
 * is left, `E_MANIFEST_INCOMPLETE` when the manifest lacks what a notice must say (the controller's contact, each
 * recipient's country, ...).
 */
export function renderNotice(loaded: LoadedManifest, options: { format?: NoticeFormat; lang?: NoticeLanguage } = {}): RenderedDocument & { lang: NoticeLanguage } {
  assertManifestPublishable(loaded.manifest, { file: loaded.file, locate: loaded.locate });
  const { lang, render, warnings } = createNoticeRenderer(loaded.manifest, options.lang);
  return { text: render(options.format ?? 'markdown'), lang, warnings };
}

/**
 * A store or regulator form from a loaded manifest: `apple` (PrivacyInfo.xcprivacy), `play` (Data safety CSV),
 * `ropa` (GDPR Art. 30 record; `format: 'markdown'` for a table instead of CSV), `fides` or `json`.
 * Throws PrivlintError (`E_MANIFEST_UNFINISHED` while a TODO is left, `E_MANIFEST_INCOMPLETE` when the manifest lacks
 * what the form needs).
 */
export function exportManifest(loaded: LoadedManifest, target: ExportTarget, options: { format?: 'csv' | 'markdown' } = {}): RenderedDocument {
  if (options.format !== undefined && target !== 'ropa') {
    throw new PrivlintError('E_USAGE', `format applies only to the ropa export; the ${target} export has one format, so leave format out.`);
  }
  assertManifestPublishable(loaded.manifest, { file: loaded.file, locate: loaded.locate });
  const { render, warnings } = createExportRenderer(target, loaded);
  return { text: render(options.format), warnings };
}

import type { Location } from './model.js';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

export type ErrorCode =
  | 'E_USAGE'
  | 'E_MANIFEST_NOT_FOUND'
  | 'E_MANIFEST_UNREADABLE'
  | 'E_MANIFEST_INVALID'
  | 'E_MANIFEST_INCOMPLETE'
  | 'E_MANIFEST_UNFINISHED'
  | 'E_PROJECT_NOT_FOUND'
  | 'E_NO_FILES'
  | 'E_TSCONFIG_INVALID'
  | 'E_OUTPUT'
  | 'E_BASELINE_INVALID'
  | 'E_EXISTS'
  | 'E_INPUT_INVALID'
  | 'E_CHANGED'
  | 'E_GIT';

/** A located diagnostic: one sentence about one place in a file. */
export interface Diagnostic {
  location: Location;
  message: string;
  /** JSON path of the offending node in the manifest, e.g. ['fields', 'email', 'purposes', 0]. */
  path?: (string | number)[];
  severity?: 'error' | 'warn';
}

/**
 * An input error: the run could not be done because of what the user gave us.
 * The CLI prints `message` (one sentence: what, where, what to do) and exits 2.
 */
export class PrivlintError extends Error {
  readonly code: ErrorCode;
  readonly diagnostics: Diagnostic[];

  constructor(code: ErrorCode, message: string, options: { diagnostics?: Diagnostic[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PrivlintError';
    this.code = code;
    this.diagnostics = options.diagnostics ?? [];
  }
}

export const isPrivlintError = (error: unknown): error is PrivlintError => error instanceof PrivlintError;

export const formatLocation = (location: Location): string =>
  `${location.file}:${location.line}:${location.column}`;

import type { Problem } from '../model.js';

/** What the ESLint rule asks the checking thread: the problems privlint reports for one file. */
export interface FileCheckRequest {
  /** Absolute path of the file ESLint lints. */
  file: string;
  /** The text ESLint lints, which may be an editor's unsaved buffer. */
  text: string;
  /** Absolute path of the manifest; undefined finds it from the file's folder upwards. */
  manifest?: string;
  /** Absolute project folder; undefined is the manifest's folder. */
  root?: string;
}

export type FileCheckResponse =
  | { kind: 'problems'; problems: Problem[] }
  /** The manifest is missing or invalid, or the project cannot be read: one sentence for the whole file. */
  | { kind: 'input-error'; message: string }
  | { kind: 'internal-error'; message: string; stack?: string };

import type { CheckResult } from '../model.js';

export interface ReportContext {
  color: boolean;
  version: string;
  /**
   * Text of a root-relative file, for code frames. Injected so reporters stay pure functions of their
   * input; without it (or when it returns undefined) the pretty reporter prints no frame.
   */
  readSource?: (file: string) => string | undefined;
  /** List every gap on its own line instead of one line per package. */
  verbose?: boolean;
}

export type Reporter = (result: CheckResult, ctx: ReportContext) => string;

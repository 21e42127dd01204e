// Types for the plain-ESM benchmark generator, so tests under src/ can import it.
export declare const DEFAULT_SEED: number;

export interface GenerateAppOptions {
  /** Files to write, package.json and tsconfig.json included; at least 20. */
  files: number;
  seed?: number;
}

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  sample<T>(items: readonly T[], count: number): T[];
}

export declare function createRandom(seed: number): Random;
/** The app as [relative POSIX path, content] pairs, sorted by path. */
export declare function generateApp(options: GenerateAppOptions): Array<[string, string]>;
/** Replaces `outDir` with the generated app; returns the number of files written. */
export declare function writeApp(outDir: string, options: GenerateAppOptions): number;

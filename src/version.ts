import { readFileSync } from 'node:fs';

/** Set by scripts/build-cli.mjs inside the CLI bundle; undefined in the compiled library and the sources. */
declare const PRIVLINT_VERSION: string | undefined;

// package.json is the one source of truth; src/ and dist/ are both one level below it.
export const VERSION: string =
  typeof PRIVLINT_VERSION === 'string' ? PRIVLINT_VERSION : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

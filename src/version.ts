import { readFileSync } from 'node:fs';

// Read at run time so the version has one source of truth: package.json (src/ and dist/ are both one level down).
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export const VERSION: string = packageJson.version;

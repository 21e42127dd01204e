// The one file list every benchmark row uses: the floor, tsc and the scan must all read the same files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SOURCE = /\.(?:ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.(?:ts|mts|cts)$/;
// Dot-directories are walked on purpose (Next.js `app/.well-known/`); only VCS and install folders are skipped.
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', '.next']);

/** Absolute paths of the TypeScript sources under `root`, sorted by their root-relative POSIX path. */
export function listSourceFiles(root) {
  const files = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) visit(path);
      } else if (entry.isFile() && SOURCE.test(entry.name) && !DECLARATION.test(entry.name)) {
        files.push(path);
      }
    }
  };
  visit(root);
  const key = (path) => relative(root, path).split(sep).join('/');
  return files.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function measureFiles(files) {
  let lines = 0;
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  }
  return { files: files.length, lines, bytes };
}

/*
 * Which files' classes implement which interfaces, read from the texts without parsing (so without loading
 * TypeScript): the engine parses only those files when a value typed by an interface must be resolved
 * (type-declarations.ts), and the scan cache keys on it.
 */

const IMPLEMENTS_CLAUSE = /\bclass\s+[\w$]+[^{]*?\bimplements\s+([^{]+)\{/g;

/**
 * The interface names each class of a file's text says it implements, read without parsing: the index that tells
 * which files to parse when a value typed by an interface must be resolved, and part of the scan cache's key (a
 * class that starts implementing an interface changes what its users' calls reach).
 */
export function listImplementedNames(text: string): string[] {
  if (!text.includes('implements')) return [];
  const names = new Set<string>();
  for (const match of text.matchAll(IMPLEMENTS_CLAUSE)) {
    let clause = match[1]!;
    for (let previous = ''; previous !== clause; ) {
      previous = clause;
      clause = clause.replace(/<[^<>]*>/g, '');
    }
    for (const part of clause.split(',')) {
      const name = part.trim().split('.').pop()?.trim();
      if (name && /^[\w$]+$/.test(name)) names.add(name);
    }
  }
  return [...names].sort();
}

/** Interface name → the absolute paths of the files whose classes implement it (listImplementedNames). */
export function indexImplementations(files: readonly { absolutePath: string; text: string }[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const file of files) {
    for (const name of listImplementedNames(file.text)) {
      const paths = index.get(name) ?? [];
      paths.push(file.absolutePath.replaceAll('\\', '/'));
      index.set(name, paths);
    }
  }
  return index;
}

/** `path\u0000names` of every file whose classes implement interfaces, in path order: the scan cache's view of the index. */
export function listImplementations(files: readonly { path: string; text: string }[]): string[] {
  return files
    .map((file) => ({ path: file.path, names: listImplementedNames(file.text) }))
    .filter((file) => file.names.length > 0)
    .map((file) => `${file.path}\u0000${file.names.join(',')}`)
    .sort();
}

/**
 * Glob patterns as used by tsconfig `include`/`exclude` and the manifest's `scan.include`/`exclude`:
 * `*` and `?` stay inside one path segment, `**` spans folders, `{a,b}` alternates. Unlike many glob libraries,
 * `*` and `**` also match names that start with a dot: Next.js keeps routes in `app/.well-known/`.
 */
export function toGlobRegExp(pattern: string): RegExp {
  const normalized = pattern.replaceAll('\\', '/').replace(/^\.\//, '');
  return new RegExp(`^${translate(normalized)}$`);
}

function translate(pattern: string): string {
  let out = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*') {
      if (pattern[index + 1] === '*') {
        const atSegmentStart = index === 0 || pattern[index - 1] === '/';
        const atSegmentEnd = index + 2 === pattern.length || pattern[index + 2] === '/';
        if (atSegmentStart && atSegmentEnd) {
          // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
          if (index + 2 === pattern.length) {
            out += '.*';
            index += 1;
          } else {
            out += '(?:[^/]*/)*';
            index += 2;
          }
          continue;
        }
        out += '[^/]*';
        index += 1;
        continue;
      }
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '{') {
      const close = pattern.indexOf('}', index);
      if (close === -1) {
        out += '\\{';
        continue;
      }
      const options = pattern.slice(index + 1, close).split(',');
      out += `(?:${options.map(translate).join('|')})`;
      index = close;
    } else {
      out += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
  }
  return out;
}

export function createGlobMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const expressions = patterns.map(toGlobRegExp);
  return (relativePath) => expressions.some((expression) => expression.test(relativePath));
}

export const hasGlobCharacters = (pattern: string): boolean => /[*?{]/.test(pattern);

/**
 * The manifest's `scan.include`/`exclude` patterns read as `.gitignore` reads its lines, so a team can write what
 * it means: `src/lib` or `src/lib/` is that folder and everything in it, `generated` or `*.test.ts` (no slash) match
 * at any depth, and a leading `/` anchors a pattern to the root. Each pattern maps to the globs it stands for.
 */
export function toManifestGlobs(pattern: string): string[] {
  let glob = pattern.trim().replaceAll('\\', '/').replace(/^\.\//, '');
  const anchored = glob.startsWith('/');
  if (anchored) glob = glob.slice(1);
  glob = glob.replace(/\/+$/, '');
  if (glob === '') return [];
  if (!anchored && !glob.includes('/') && !glob.startsWith('**')) glob = `**/${glob}`;
  return glob.endsWith('/**') || glob === '**' ? [glob] : [glob, `${glob}/**`];
}

import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Engine, ScanFile } from './context.js';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * Resolves an import specifier to a scanned project file: relative paths, tsconfig `paths`/`baseUrl`, and the
 * common `@/` and `~/` aliases. Returns undefined for npm packages and for files outside the scan.
 */
export function resolveProjectModule(engine: Engine, from: ScanFile, specifier: string): ScanFile | undefined {
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    return findFile(engine, resolve(dirname(from.absolutePath), specifier));
  }
  const options = from.compilerOptions;
  if (options?.paths) {
    const base = options.baseUrl ?? (options as { pathsBasePath?: string }).pathsBasePath ?? engine.root;
    for (const [pattern, substitutions] of Object.entries(options.paths)) {
      const captured = matchPattern(pattern, specifier);
      if (captured === undefined) continue;
      for (const substitution of substitutions) {
        const found = findFile(engine, resolve(base, substitution.replace('*', captured)));
        if (found) return found;
      }
    }
  }
  if (options?.baseUrl) {
    const found = findFile(engine, resolve(options.baseUrl, specifier));
    if (found) return found;
  }
  const alias = /^[@~#]\/(.*)$/.exec(specifier);
  if (alias) {
    return findFile(engine, join(engine.root, 'src', alias[1]!)) ?? findFile(engine, join(engine.root, alias[1]!));
  }
  return undefined;
}

/** The project files that a file's import specifiers resolve to, each once, sorted. */
export function resolveImportTargets(engine: Engine, from: ScanFile, specifiers: readonly string[]): string[] {
  return [...new Set(specifiers.flatMap((specifier) => resolveProjectModule(engine, from, specifier)?.path ?? []))].sort();
}

function matchPattern(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star === -1) return pattern === specifier ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix) || specifier.length < prefix.length + suffix.length) return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

function findFile(engine: Engine, base: string): ScanFile | undefined {
  const normalized = base.replaceAll('\\', '/');
  const direct = engine.files.get(normalized);
  if (direct) return direct;
  const withoutJs = normalized.replace(/\.(m|c)?jsx?$/, '');
  for (const stem of new Set([normalized, withoutJs])) {
    for (const extension of SOURCE_EXTENSIONS) {
      const file = engine.files.get(stem + extension) ?? engine.files.get(`${stem}/index${extension}`);
      if (file) return file;
    }
  }
  return undefined;
}

/** The npm package name of a bare specifier: `@scope/name` or `name` (`firebase/analytics` → `firebase`). */
export function toPackageName(specifier: string): string {
  const parts = specifier.replace(/^node:/, '').split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export const isBareSpecifier = (specifier: string): boolean => !specifier.startsWith('.') && !isAbsolute(specifier);

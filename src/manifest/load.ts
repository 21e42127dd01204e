import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { NON_BLOCKING, readOpenFile } from '../fs/read-file.js';
import { Document, isAlias, isCollection, isPair, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { PrivlintError, type Diagnostic } from '../errors.js';
import { MAX_NESTING_DEPTH, measureNesting } from './nesting.js';
import { escapeForTerminal, quote } from './quote.js';

/** Manifests are hand-written; anything this big is a mistake (or an attack) and is refused before parsing. */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
/** Aliases a manifest may expand; a real one needs a handful, a "billion laughs" file needs millions. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedManifest {
  text: string;
  document: Document.Parsed | undefined;
  lineCounter: LineCounter;
  /** The plain data, when the YAML could be read; undefined after any YAML error. */
  data: unknown;
  diagnostics: Diagnostic[];
  /** The file began with a UTF-8 byte-order mark (some Windows editors write one); `text` is without it. */
  byteOrderMark?: boolean;
}

const formatMegabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const TOO_DEEP = `the YAML is nested too deeply (more than ${MAX_NESTING_DEPTH} levels); a privacy manifest needs only a few levels — check for a runaway list or map.`;

/**
 * Reads the manifest's bytes. A missing or unreadable file throws (the run cannot start); a file whose
 * content is bad (too big, not UTF-8, bad YAML) comes back with located diagnostics instead.
 */
export function readManifest(absolutePath: string, file: string): ParsedManifest {
  const lineCounter = new LineCounter();
  let fd: number;
  try {
    // Non-blocking: a FIFO or a /proc file named as the manifest must not hang the run before fstat refuses it.
    fd = openSync(absolutePath, constants.O_RDONLY | NON_BLOCKING);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new PrivlintError('E_MANIFEST_NOT_FOUND', `${escapeForTerminal(file)} does not exist; check the path, or create it with \`privlint init\`.`, { cause: error });
    }
    throw new PrivlintError('E_MANIFEST_UNREADABLE', `${escapeForTerminal(file)} cannot be read (${code ?? String(error)}); check that the file exists and is readable.`, { cause: error });
  }
  let bytes: Buffer | undefined;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw new PrivlintError('E_MANIFEST_UNREADABLE', `${escapeForTerminal(file)} is not a file; pass the path of the manifest itself, e.g. ${escapeForTerminal(file)}/privacy.yml.`);
    }
    if (stats.size > MAX_MANIFEST_BYTES) {
      return failed('', lineCounter, file, 1, 1, `${escapeForTerminal(file)} is ${formatMegabytes(stats.size)}, over the ${formatMegabytes(MAX_MANIFEST_BYTES)} limit for a manifest; a privacy manifest is hand-written and small, so check that this is the right file.`);
    }
    // A file that grows while read, or a /proc file that says size 0, is still read no further than the limit.
    bytes = readOpenFile(fd, stats.size, MAX_MANIFEST_BYTES);
  } catch (error) {
    if (error instanceof PrivlintError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PrivlintError('E_MANIFEST_UNREADABLE', `${escapeForTerminal(file)} cannot be read (${code ?? String(error)}); check that the file is readable.`, { cause: error });
  } finally {
    closeSync(fd);
  }
  if (bytes === undefined) {
    return failed('', lineCounter, file, 1, 1, `${escapeForTerminal(file)} is over the ${formatMegabytes(MAX_MANIFEST_BYTES)} limit for a manifest; a privacy manifest is hand-written and small, so check that this is the right file.`);
  }
  return parseManifestBytes(bytes, file);
}

/** Decodes and parses manifest bytes; exported so tests and tools can parse without a file. */
export function parseManifestBytes(bytes: Uint8Array, file: string): ParsedManifest {
  const lineCounter = new LineCounter();
  const invalidAt = findInvalidUtf8(bytes);
  if (invalidAt !== undefined) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, invalidAt));
    const { line, column } = positionAfter(before);
    const byte = (bytes[invalidAt] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return failed('', lineCounter, file, line, column, `byte 0x${byte} is not valid UTF-8; save ${escapeForTerminal(file)} as UTF-8 (it looks like another encoding, such as Latin-1 or UTF-16).`);
  }
  // TextDecoder drops a leading byte-order mark, which some Windows editors write; --fix writes it back.
  const text = new TextDecoder('utf-8').decode(bytes);
  const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ...parseManifestText(text, file), byteOrderMark };
}

/** `maxDepth` is the nesting limit checked before parsing; tests raise it to reach the parser's own stack overflow. */
export function parseManifestText(text: string, file: string, maxDepth = MAX_NESTING_DEPTH): ParsedManifest {
  const lineCounter = new LineCounter();
  // The YAML parser recurses per level and overflows the stack on deep input, so depth is checked from the text first.
  const nesting = measureNesting(text, maxDepth);
  if (nesting.overflow) return failed(text, lineCounter, file, nesting.overflow.line, nesting.overflow.column, TOO_DEEP);
  try {
    return parseYaml(text, file, lineCounter);
  } catch (error) {
    // The depth estimate missed a shape the parser (or a walk of its tree) recurses on; point at the deepest place it saw.
    if (!(error instanceof RangeError)) throw error;
    return failed(text, new LineCounter(), file, nesting.deepest.line, nesting.deepest.column, TOO_DEEP);
  }
}

function parseYaml(text: string, file: string, lineCounter: LineCounter): ParsedManifest {
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: false,
    version: '1.2',
    schema: 'core',
    customTags: [],
    // Problems come back as diagnostics; the library must never print a process warning of its own.
    logLevel: 'error',
  });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  // Warnings are errors here: the only ones a manifest can raise are unknown tags, which would be read as plain strings.
  for (const problem of [...document.errors, ...document.warnings]) {
    // The composer turns its own stack overflow into an error; one sentence about depth says it better.
    if (problem.code === 'RESOURCE_EXHAUSTION' && diagnostics.some((diagnostic) => diagnostic.message === TOO_DEEP)) continue;
    diagnostics.push({ location: at(problem.pos[0]), message: describeYamlProblem(problem, text) });
  }
  if (diagnostics.length === 0) {
    visit(document, {
      Pair(_key, pair) {
        // A list or map as a key (`? [a, b]`, `{ x: 1 }: y`) has no place in JSON-shaped data; YAML would stringify it.
        const key = isAlias(pair.key) ? pair.key.resolve(document) : pair.key;
        if (isCollection(key)) {
          diagnostics.push({
            location: at(startOf(pair.key)),
            message: 'keys must be plain text, not a list or map; write the key as a name such as email (a "? " line or brackets before ":" make a list or map key).',
          });
        }
      },
      Alias(_key, alias) {
        if (alias.resolve(document) === undefined) {
          const name = escapeForTerminal(alias.source);
          diagnostics.push({
            location: at(alias.range?.[0] ?? 0),
            message: `alias *${name} has no anchor &${name} before it; define the anchor first or write the value out.`,
          });
        }
      },
    });
  }
  if (diagnostics.length > 0) return { text, document, lineCounter, data: undefined, diagnostics };
  if (document.contents === null) {
    return failed(text, lineCounter, file, 1, 1, `${escapeForTerminal(file)} is empty; start from \`privlint init\` or the example in the README (it needs at least version, service, purposes and fields).`, document);
  }
  try {
    const data: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { text, document, lineCounter, data, diagnostics };
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      let first: number | undefined;
      visit(document, {
        Alias(_key, alias) {
          first ??= alias.range?.[0];
          return visit.BREAK;
        },
      });
      const { line, column } = at(first ?? 0);
      return failed(text, lineCounter, file, line, column, `aliases expand to too many values (over ${MAX_ALIAS_COUNT}), as in a "billion laughs" attack; write the values out instead of nesting aliases.`, document);
    }
    throw error;
  }
}

/** Where a node's text begins; a block map's own range can start after its first key, so the first item counts too. */
function startOf(node: unknown): number {
  return findStart(node) ?? 0;
}

function findStart(node: unknown): number | undefined {
  const own = (node as { range?: [number, number, number] } | null)?.range?.[0];
  const first: unknown = isCollection(node) ? node.items[0] : undefined;
  const inner = first === undefined ? undefined : findStart(isPair(first) ? first.key : first);
  if (own === undefined || inner === undefined) return own ?? inner;
  return Math.min(own, inner);
}

function failed(
  text: string,
  lineCounter: LineCounter,
  file: string,
  line: number,
  column: number,
  message: string,
  document?: Document.Parsed,
): ParsedManifest {
  return { text, document, lineCounter, data: undefined, diagnostics: [{ location: { file, line, column }, message }] };
}

function describeYamlProblem(problem: YAMLError, text: string): string {
  const source = text.slice(problem.pos[0], problem.pos[1]);
  switch (problem.code) {
    case 'DUPLICATE_KEY': {
      const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:#\n]+?)\s*:/.exec(text.slice(problem.pos[0]))?.[1] ?? source;
      return `key ${key.startsWith('"') || key.startsWith("'") ? escapeForTerminal(key) : quote(key)} appears twice in the same map; keep one (YAML would silently use the last).`;
    }
    case 'TAG_RESOLVE_FAILED': {
      const tag = /^(!\S*)/.exec(source)?.[1] ?? source.trim();
      return `tag ${escapeForTerminal(tag)} is not allowed: a manifest holds plain YAML values only; remove the tag.`;
    }
    case 'RESOURCE_EXHAUSTION':
      return TOO_DEEP;
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation, which YAML forbids; indent with spaces.';
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document (a second ---); keep one manifest per file.';
    default: {
      const first = (problem.message.split('\n')[0] ?? problem.message).replace(/\.$/, '');
      return `YAML syntax error: ${escapeForTerminal(`${first.charAt(0).toLowerCase()}${first.slice(1)}`)}; fix the YAML here.`;
    }
  }
}

/** The 1-based line and column just after `text`, counting characters (not bytes). */
function positionAfter(text: string): { line: number; column: number } {
  const lines = text.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1] ?? '';
  return { line: lines.length, column: [...last].length + 1 };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or undefined. */
export function findInvalidUtf8(bytes: Uint8Array): number | undefined {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead === 0xe0) [length, min] = [3, 0xa0];
    else if (lead >= 0xe1 && lead <= 0xef) [length, min, max] = [3, 0x80, lead === 0xed ? 0x9f : 0xbf];
    else if (lead === 0xf0) [length, min] = [4, 0x90];
    else if (lead >= 0xf1 && lead <= 0xf3) [length, min] = [4, 0x80];
    else if (lead === 0xf4) [length, min, max] = [4, 0x80, 0x8f];
    else return index;
    for (let offset = 1; offset < length; offset++) {
      const next = bytes[index + offset];
      const [low, high] = offset === 1 ? [min, max] : [0x80, 0xbf];
      if (next === undefined || next < low || next > high) return index;
    }
    index += length;
  }
  return undefined;
}

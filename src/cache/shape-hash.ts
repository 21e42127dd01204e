import { createHash } from 'node:crypto';
import type { ts } from 'ts-morph';
import { loadTypeScript } from '../project/typescript.js';

/**
 * A hash of a file's text that ignores what lies *between* its top-level statements (comments, blank lines,
 * indentation there), but keeps each top-level statement's exact text, from its first token to its last, and,
 * for each gap between statements, only whether it is empty, holds a line break, or holds other trivia.
 *
 * Why exactly this much, and why it is exact for another file's analysis that read this file's syntax tree
 * without pointing into it (src/cache/README.md, "Keys"):
 * - Two texts with the same shape have the same statements token for token, and every token sees the same
 *   "preceded by a line break" flag (automatic semicolons, `return\nx`), so the parser builds the same trees,
 *   shifted only in absolute positions. JSDoc is not parsed (`JSDocParsingMode.ParseNone`, as in the engine).
 * - The analysis reads text only through `getText()`/`textOf()` of expressions, type nodes and names, never of the
 *   source file itself, so every text it sees lies inside one statement, comments and spacing included, and is
 *   equal. A comment inside a function therefore changes the shape: that costs re-analysis, never a wrong answer.
 * - Absolute positions reach an output only as a location in this file, and the caller uses the full text hash
 *   for any file the output names. Comparisons of positions (`a.pos <= b.pos`) keep their order, since every
 *   position is the start or end of a token and only gaps between statements change length.
 * A gap holding anything but whitespace and comments (a token the parser skipped) is hashed as it is.
 */
export function getShapeHash(fileName: string, text: string): string {
  const typescript = loadTypeScript();
  const sourceFile = typescript.createSourceFile(
    fileName,
    text,
    { languageVersion: typescript.ScriptTarget.Latest, jsDocParsingMode: typescript.JSDocParsingMode.ParseNone },
    false,
  );
  return getTreeShapeHash(sourceFile, text);
}

/** `getShapeHash` of a tree already parsed from `text` (the scan computes it for every file it parses anyway). */
export function getTreeShapeHash(sourceFile: ts.SourceFile, text: string): string {
  const hash = createHash('sha1');
  let gapStart = 0;
  for (const [index, statement] of sourceFile.statements.entries()) {
    const start = statement.getStart(sourceFile);
    // Before the first statement no token precedes, so whether a line break comes first cannot matter.
    const gap = index === 0 ? classifyLeadingGap(text.slice(0, start)) : classifyGap(text.slice(gapStart, start));
    hash.update(`${gap}\u0000${text.slice(start, statement.end)}\u0000`);
    gapStart = statement.end;
  }
  hash.update(classifyGap(text.slice(gapStart)));
  // The variant (JSX or not) follows the extension, which the file's path fixes; kept in the hash all the same.
  hash.update(`\u0001${String(sourceFile.languageVariant satisfies ts.LanguageVariant)}`);
  return hash.digest('hex');
}

/**
 * sha1 of the text without its trailing trivia: the blank lines and line comments after the last line holding
 * anything else, where those comments are free of the characters that close a construct spanning lines
 * (`` ` `` `'` `"` `<` `{` `}` `*`). Two texts with the same code hash differ only there. When the earlier one parsed
 * without errors (the caller checks), every template, string, block comment and JSX text in it is closed; one that
 * spanned the line break before that tail would have to close after it, which needs one of those characters, so
 * the tail lies after the last token. Then both texts give the same tokens at the same positions, and a line break
 * before the end of file: the same trees. Needs no parser, and no copy of the earlier text.
 */
export function getCodeHash(text: string): string {
  let end = text.length;
  for (;;) {
    const lineStart = lastLineBreakBefore(text, end);
    if (lineStart < 0 || !SAFE_TAIL.test(text.slice(lineStart, end))) break;
    end = lineStart;
  }
  return createHash('sha1').update(text.slice(0, end)).digest('hex');
}

function lastLineBreakBefore(text: string, end: number): number {
  for (let at = end - 1; at >= 0; at--) if (LINE_BREAK.test(text[at]!)) return at;
  return -1;
}

const SAFE_TAIL = /^(?:[ \t\n\r\f\v\u00a0\ufeff\u2028\u2029]|\/\/[^\n\r\u2028\u2029`'"<{}*]*)*$/;
const TRIVIA_ONLY = /^(?:\s|\/\/[^\n\r\u2028\u2029]*|\/\*[\s\S]*?\*\/)*$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function classifyLeadingGap(gap: string): string {
  return TRIVIA_ONLY.test(gap) ? 'trivia' : `text:${gap}`;
}

function classifyGap(gap: string): string {
  if (gap === '') return 'empty';
  if (!TRIVIA_ONLY.test(gap)) return `text:${gap}`;
  return LINE_BREAK.test(gap) ? 'line' : 'space';
}

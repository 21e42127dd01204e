import type { Gap } from '../model.js';
import type { ts as TypeScript } from 'ts-morph';
import { ts } from './typescript.js';

/*
 * Code nested thousands of levels deep (a 5,000-way ternary, JSX nested 2,000 times, `!!!…`, `await await …`, a long
 * else-if chain) overflows the stack of TypeScript's recursive parser and of every recursive walker after it. Such a
 * statement must cost only itself: it is blanked (every character but line breaks becomes a space, so positions and
 * line numbers stay), the rest of the file is parsed and analysed as usual, and the blanked statement is a gap, so
 * it is never silence. Whether a statement is blanked depends on its own text only, so the result is the same on
 * every thread and with or without the cache.
 */

/** Deeper than this, a statement is not analysed. Real code stays below 60; the walkers are safe far beyond 400. */
export const MAX_SYNTAX_DEPTH = 400;

export interface BlankedStatement {
  start: number;
  end: number;
  /** Deeper than MAX_SYNTAX_DEPTH, or too deep for the parser itself. */
  reason: 'depth' | 'parser';
}

export interface DepthCheckedTree {
  tree: ts.SourceFile;
  /** The text the tree was parsed from: the file's, with its blanked statements as spaces. */
  text: string;
  blanked: BlankedStatement[];
}

/**
 * Parses `text` with `parse`, blanking what is nested too deep. Throws only when even the blanked text cannot be
 * parsed (then the whole file is skipped with a reason, as before).
 */
export function parseWithinDepth(text: string, variant: TypeScript.LanguageVariant, parse: (text: string) => ts.SourceFile): DepthCheckedTree {
  let tree: ts.SourceFile | undefined;
  try {
    tree = parse(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  if (tree !== undefined) {
    const deep = tree.statements.filter((statement) => isDeeperThan(statement, MAX_SYNTAX_DEPTH));
    if (deep.length === 0) return { tree, text, blanked: [] };
    const blanked = deep.map((statement) => ({ start: statement.getStart(tree), end: statement.end, reason: 'depth' as const }));
    return reparse(text, blanked, parse);
  }
  // The parser itself overflowed: try each top-level statement alone to find the ones it cannot take.
  const blanked: BlankedStatement[] = [];
  for (const { start, end } of splitTopLevel(text, variant)) {
    const piece = text.slice(start, end);
    try {
      const alone = parse(piece);
      if (alone.statements.some((statement) => isDeeperThan(statement, MAX_SYNTAX_DEPTH))) blanked.push({ start, end, reason: 'depth' });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      blanked.push({ start, end, reason: 'parser' });
    }
  }
  if (blanked.length === 0) throw new RangeError('the parser ran out of stack, and no single statement was the cause');
  return reparse(text, blanked, parse);
}

function reparse(text: string, blanked: BlankedStatement[], parse: (text: string) => ts.SourceFile): DepthCheckedTree {
  let blankedText = '';
  let at = 0;
  for (const { start, end } of blanked) {
    blankedText += text.slice(at, start) + text.slice(start, end).replace(/[^\n\r\u2028\u2029]/g, ' ');
    at = end;
  }
  blankedText += text.slice(at);
  const tree = parse(blankedText);
  if (tree.statements.some((statement) => isDeeperThan(statement, MAX_SYNTAX_DEPTH))) {
    throw new RangeError(`code nested more than ${MAX_SYNTAX_DEPTH} levels deep that could not be set apart`);
  }
  return { tree, text: blankedText, blanked };
}

/** A walk that recurses at most `limit` levels and stops at the first node below that. */
function isDeeperThan(node: ts.Node, limit: number): boolean {
  const visit = (child: ts.Node, depth: number): boolean => depth > limit || (ts.forEachChild(child, (next) => visit(next, depth + 1) || undefined) ?? false);
  return visit(node, 0);
}

/**
 * Where the top-level statements of a text begin and end, from the scanner alone (it does not recurse): a statement
 * ends at a `;` or a closing `}` at bracket depth 0, or where a line break at depth 0 is followed by a keyword that
 * starts a declaration. Approximate by design (JSX text and regular expressions can mislead it); a wrong cut only
 * blanks more than needed, and the final parse checks the result.
 */
export function splitTopLevel(text: string, variant: TypeScript.LanguageVariant): { start: number; end: number }[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, variant, text);
  const pieces: { start: number; end: number }[] = [];
  const brackets: ts.SyntaxKind[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start !== -1) pieces.push({ start, end });
    start = -1;
  };
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    const tokenStart = scanner.getTokenStart();
    if (brackets.length === 0 && start !== -1 && scanner.hasPrecedingLineBreak() && STATEMENT_STARTS.has(token)) close(tokenStart);
    if (start === -1) start = tokenStart;
    if (token === ts.SyntaxKind.OpenBraceToken || token === ts.SyntaxKind.OpenParenToken || token === ts.SyntaxKind.OpenBracketToken) brackets.push(token);
    else if (token === ts.SyntaxKind.TemplateHead) brackets.push(token);
    else if (token === ts.SyntaxKind.CloseBraceToken && brackets[brackets.length - 1] === ts.SyntaxKind.TemplateHead) {
      if (scanner.reScanTemplateToken(false) === ts.SyntaxKind.TemplateTail) brackets.pop();
    } else if (token === ts.SyntaxKind.CloseBraceToken || token === ts.SyntaxKind.CloseParenToken || token === ts.SyntaxKind.CloseBracketToken) {
      brackets.pop();
      if (brackets.length === 0 && token === ts.SyntaxKind.CloseBraceToken) close(scanner.getTokenEnd());
    } else if (token === ts.SyntaxKind.SemicolonToken && brackets.length === 0) close(scanner.getTokenEnd());
  }
  close(text.length);
  return pieces;
}

const STATEMENT_STARTS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.ExportKeyword,
  ts.SyntaxKind.ImportKeyword,
  ts.SyntaxKind.FunctionKeyword,
  ts.SyntaxKind.ClassKeyword,
  ts.SyntaxKind.ConstKeyword,
  ts.SyntaxKind.LetKeyword,
  ts.SyntaxKind.VarKeyword,
  ts.SyntaxKind.InterfaceKeyword,
  ts.SyntaxKind.TypeKeyword,
  ts.SyntaxKind.EnumKeyword,
  ts.SyntaxKind.DeclareKeyword,
  ts.SyntaxKind.AsyncKeyword,
]);

/** The gap that stands for a blanked statement in its file's output. */
export function toDepthGap(file: string, text: string, tree: ts.SourceFile, statement: BlankedStatement): Gap {
  const start = tree.getLineAndCharacterOfPosition(statement.start);
  const end = tree.getLineAndCharacterOfPosition(Math.max(statement.start, statement.end - 1));
  const firstLine = text.slice(statement.start, statement.end).split(/\r\n|[\n\r\u2028\u2029]/, 1)[0]!.trim();
  const cause = statement.reason === 'parser' ? 'too deeply for the parser' : `more than ${MAX_SYNTAX_DEPTH} levels deep`;
  return {
    location: { file, line: start.line + 1, column: start.character + 1 },
    expression: firstLine.length > 80 ? `${firstLine.slice(0, 80)}…` : firstLine,
    categories: [],
    reason: `this statement (lines ${start.line + 1}–${end.line + 1}) is nested ${cause}; privlint did not analyse it, only the rest of the file`,
  };
}

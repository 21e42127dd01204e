import { ts } from './typescript.js';
import { tokenize } from './classify/index.js';
import { resolveIdentifier, unwrap } from './scope.js';

/*
 * Values the code makes up rather than receives: counters and positions (`recipient.${index + 1}@…`) and text drawn
 * at random (`getRandomUsername()`, `'user' + Math.round(Math.random() * 1e9)`). Neither is anything a person gave.
 */

// The last word of a loop counter or a position (`i`, `recipientIndex`, `attempt`), never of an id (`userNumber`).
const COUNTER_WORDS: ReadonlySet<string> = new Set(['i', 'j', 'k', 'n', 'idx', 'index', 'counter', 'position', 'pos', 'seq', 'sequence', 'attempt', 'offset', 'step']);

const ARITHMETIC_OPERATORS: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken]);

/** A number the code counts with: a numeric literal, a counter variable, or arithmetic of them (`index + 1`). */
export function isCounter(node: ts.Expression): boolean {
  if (ts.isNumericLiteral(node)) return true;
  if (ts.isIdentifier(node)) return COUNTER_WORDS.has(tokenize(node.text).at(-1) ?? '');
  if (ts.isBinaryExpression(node) && ARITHMETIC_OPERATORS.has(node.operatorToken.kind)) return isCounter(unwrap(node.left)) && isCounter(unwrap(node.right));
  return false;
}

/*
 * The categories of a name someone is known by: one the app draws at random for a person who gave none is a
 * placeholder. A random token or id is still what it is (a reset token is a credential), so only names are let go.
 */
export const RANDOM_NAME_CATEGORY = /^user\.(name|account\.username)(\.|$)/;

/**
 * Text drawn at random: a call whose callee says so (`Math.random()`, `getRandomUsername()`), or arithmetic, text and
 * number formatting built around one with literals and counters.
 */
export function isRandomText(node: ts.Expression): boolean {
  const parts = randomTextParts(node);
  return parts !== undefined && parts.includes('random');
}

/** Random text written in place, or a `const` holding it (`const handle = 'user' + Math.round(Math.random() * 1e9)`). */
export function isDrawnAtRandom(node: ts.Expression): boolean {
  const declaration = ts.isIdentifier(node) ? resolveIdentifier(node) : undefined;
  if (declaration?.kind !== 'variable') return isRandomText(node);
  const list = declaration.node.parent;
  const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
  return isConst && declaration.path.length === 0 && declaration.node.initializer !== undefined && isRandomText(unwrap(declaration.node.initializer));
}

// Methods that turn a number or text into other text of it (`Math.random().toString(36).slice(2)`).
const FORMATTING_METHODS: ReadonlySet<string> = new Set(['toString', 'toFixed', 'slice', 'substring', 'substr', 'padStart', 'padEnd', 'toUpperCase', 'toLowerCase']);

function randomTextParts(node: ts.Expression): ('random' | 'fixed')[] | undefined {
  if (ts.isStringLiteralLike(node) || isCounter(node)) return ['fixed'];
  if (ts.isCallExpression(node)) {
    const callee = unwrap(node.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (name !== undefined && tokenize(name).includes('random')) return ['random'];
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    // `Math.round(Math.random() * n)`: a number made of its arguments.
    if (ts.isIdentifier(callee.expression) && callee.expression.text === 'Math') return joinParts(node.arguments);
    return FORMATTING_METHODS.has(callee.name.text) ? joinParts([callee.expression, ...node.arguments]) : undefined;
  }
  if (ts.isBinaryExpression(node) && (ARITHMETIC_OPERATORS.has(node.operatorToken.kind) || node.operatorToken.kind === ts.SyntaxKind.SlashToken)) {
    return joinParts([node.left, node.right]);
  }
  if (ts.isTemplateExpression(node)) return joinParts(node.templateSpans.map((span) => span.expression));
  return undefined;
}

function joinParts(operands: readonly ts.Expression[]): ('random' | 'fixed')[] | undefined {
  const parts = operands.map((operand) => randomTextParts(unwrap(operand)));
  return parts.every((part) => part !== undefined) ? parts.flat() : undefined;
}

import { ts } from './typescript.js';
import { getEnclosingFunction, resolveIdentifier, unwrap } from './scope.js';

// https://developer.mozilla.org/docs/Web/API/FileReader: the calls that start a read, and the events that end one.
const READ_METHODS: ReadonlySet<string> = new Set(['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString']);
const LOAD_HANDLERS: ReadonlySet<string> = new Set(['onload', 'onloadend']);
const LOAD_EVENTS: ReadonlySet<string> = new Set(['load', 'loadend']);

/**
 * The blobs a FileReader's `result` holds the content of: `reader.result`, or `e.target.result` in the reader's
 * `onload`/`onloadend` handler or `'load'` listener, reads what `reader.readAsText(file)` (or another `readAs*`) was
 * given. Whether that is a person's file is the blob's own business (a File they chose is; a Blob the app built is not).
 */
export function fileReaderBlobs(access: ts.PropertyAccessExpression): ts.Expression[] {
  if (access.name.text !== 'result') return [];
  const reader = readerOf(unwrap(access.expression));
  return reader ? readArguments(reader) : [];
}

/** The `const reader = new FileReader()` a value is, directly or as the target of an event its handler receives. */
function readerOf(node: ts.Expression): ts.VariableDeclaration | undefined {
  if (ts.isIdentifier(node)) return fileReaderDeclaration(node);
  if (!ts.isPropertyAccessExpression(node) || (node.name.text !== 'target' && node.name.text !== 'currentTarget')) return undefined;
  const event = unwrap(node.expression);
  const declaration = ts.isIdentifier(event) ? resolveIdentifier(event) : undefined;
  if (declaration?.kind !== 'parameter' || declaration.path.length > 0 || declaration.index !== 0) return undefined;
  const handler = declaration.fn;
  const parent = handler.parent;
  let target: ts.Expression | undefined;
  if (ts.isBinaryExpression(parent) && parent.right === handler && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const left = unwrap(parent.left);
    if (ts.isPropertyAccessExpression(left) && LOAD_HANDLERS.has(left.name.text)) target = left.expression;
  } else if (ts.isCallExpression(parent) && parent.arguments[1] === handler) {
    const callee = unwrap(parent.expression);
    const type = parent.arguments[0] ? unwrap(parent.arguments[0]) : undefined;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'addEventListener' && type && ts.isStringLiteralLike(type) && LOAD_EVENTS.has(type.text)) {
      target = callee.expression;
    }
  }
  const reader = target ? unwrap(target) : undefined;
  return reader && ts.isIdentifier(reader) ? fileReaderDeclaration(reader) : undefined;
}

function fileReaderDeclaration(identifier: ts.Identifier): ts.VariableDeclaration | undefined {
  const declaration = resolveIdentifier(identifier);
  if (declaration?.kind !== 'variable' || declaration.path.length > 0 || !declaration.node.initializer) return undefined;
  const made = unwrap(declaration.node.initializer);
  const isReader = ts.isNewExpression(made) && ts.isIdentifier(made.expression) && made.expression.text === 'FileReader' && resolveIdentifier(made.expression) === undefined;
  return isReader ? declaration.node : undefined;
}

/** What each `reader.readAs*(blob)` in the reader's scope was given. */
function readArguments(reader: ts.VariableDeclaration): ts.Expression[] {
  const scope = getEnclosingFunction(reader)?.body ?? reader.getSourceFile();
  const blobs: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.arguments[0]) {
      const callee = unwrap(node.expression);
      if (ts.isPropertyAccessExpression(callee) && READ_METHODS.has(callee.name.text)) {
        const receiver = unwrap(callee.expression);
        if (ts.isIdentifier(receiver) && receiver.text === (reader.name as ts.Identifier).text && fileReaderDeclaration(receiver) === reader) blobs.push(node.arguments[0]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return blobs;
}

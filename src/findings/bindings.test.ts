import { expect, test } from 'vitest';
import { createBindingResolver } from './bindings.js';
import { CATALOG } from './catalog/index.js';
import type { Engine, ScanFile } from './context.js';
import { ts } from './typescript.js';

const SOURCE = `import { AnalyticsBrowser } from '@segment/analytics-next';
const browserEvents = AnalyticsBrowser.load({ writeKey: 'wk_live_123' });
browserEvents.identify('id');
`;

function engineFor(source: string): { engine: Engine; sourceFile: ts.SourceFile } {
  const absolutePath = '/project/src/track.ts';
  const sourceFile = ts.createSourceFile(absolutePath, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const file: ScanFile = { absolutePath, path: 'src/track.ts', sourceFile, dependencies: new Set(['@segment/analytics-next']), compilerOptions: undefined };
  const engine = {
    root: '/project',
    files: new Map([[absolutePath, file]]),
    catalog: CATALOG,
    models: [],
    getTypeChecker: () => undefined,
  } as unknown as Engine;
  return { engine, sourceFile };
}

function identifyReceiver(sourceFile: ts.SourceFile): ts.Expression {
  const statement = sourceFile.statements[2];
  if (!statement || !ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression) || !ts.isPropertyAccessExpression(statement.expression.expression)) throw new Error('the source has no receiver.identify(...) call');
  return statement.expression.expression.expression;
}

test('a binding first resolved at the depth limit still resolves fully when asked directly afterwards', () => {
  const direct = engineFor(SOURCE);
  const expected = createBindingResolver(direct.engine).resolveExpression(identifyReceiver(direct.sourceFile));
  expect(expected).toMatchObject({ type: 'library', module: '@segment/analytics-next', chain: ['AnalyticsBrowser', 'load'] });

  const deepFirst = engineFor(SOURCE);
  const resolver = createBindingResolver(deepFirst.engine);
  const receiver = identifyReceiver(deepFirst.sourceFile);
  // Reached at the end of a long chain, the lookup is cut short below: that answer is no final one.
  expect(resolver.resolveExpression(receiver, 12)).not.toMatchObject({ type: 'library' });
  expect(resolver.resolveExpression(receiver)).toMatchObject({ type: 'library', module: '@segment/analytics-next', chain: ['AnalyticsBrowser', 'load'] });
});

const CYCLE_SOURCE = `import { AnalyticsBrowser } from '@segment/analytics-next';
declare const ready: boolean;
const first = ready ? second : AnalyticsBrowser.load({ writeKey: 'wk_live_123' });
const second = first;
first.identify('id');
second.identify('id');
`;

function receiverAt(sourceFile: ts.SourceFile, index: number): ts.Expression {
  const statement = sourceFile.statements[index];
  if (!statement || !ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression) || !ts.isPropertyAccessExpression(statement.expression.expression)) throw new Error(`statement ${index} is no receiver.identify(...) call`);
  return statement.expression.expression.expression;
}

test('a binding met inside a cycle of declarations resolves the same whichever use was resolved first', () => {
  const library = { type: 'library', module: '@segment/analytics-next', chain: ['AnalyticsBrowser', 'load'] };
  const alone = engineFor(CYCLE_SOURCE);
  expect(createBindingResolver(alone.engine).resolveExpression(receiverAt(alone.sourceFile, 5))).toMatchObject(library);

  // Resolving `first` walks into `second` while `first` is under way: that answer stands for that walk only.
  const afterFirst = engineFor(CYCLE_SOURCE);
  const resolver = createBindingResolver(afterFirst.engine);
  expect(resolver.resolveExpression(receiverAt(afterFirst.sourceFile, 4))).toMatchObject(library);
  expect(resolver.resolveExpression(receiverAt(afterFirst.sourceFile, 5))).toMatchObject(library);
});

import { describe, expect, test } from 'vitest';
import { getCodeHash, getShapeHash } from './shape-hash.js';

const sameShape = (a: string, b: string, fileName = '/p/src/a.ts') => getShapeHash(fileName, a) === getShapeHash(fileName, b);

describe('getShapeHash', () => {
  test('equal for comments and spacing between top-level statements', () => {
    const code = "import { a } from './a';\nexport function f(x: number) {\n  return a(x);\n}\n";
    expect(sameShape(code, `// header\n${code}`)).toBe(true);
    expect(sameShape(code, code.replace('\nexport', '\n\n/** Docs. */\n\nexport'))).toBe(true);
    expect(sameShape(code, `${code}// bench: touched in round 3\n`)).toBe(true);
    expect(sameShape(code, `${code}\n\n/* a\n block */\n`)).toBe(true);
  });

  test('different for any change inside a statement, comments and spacing included (the engine reads node text)', () => {
    const code = 'export function f(x: number) {\n  return x + 1;\n}\n';
    expect(sameShape(code, code.replace('x + 1', 'x + 2'))).toBe(false);
    expect(sameShape(code, code.replace('x + 1', 'x+1'))).toBe(false);
    expect(sameShape(code, code.replace('x + 1', 'x /* one */ + 1'))).toBe(false);
    expect(sameShape(code, code.replace('  return', '    return'))).toBe(false);
  });

  test('division and regular expressions that scan alike stay apart', () => {
    expect(sameShape('const r = a / b / c;\n', 'const r = a /b/ c;\n')).toBe(false);
    expect(sameShape('const r = x.replace(/a/g, "b");\n', 'const r = x.replace(/a/g , "b");\n')).toBe(false);
    expect(sameShape('const t = `a${b}c`;\n', 'const t = `a${b} c`;\n')).toBe(false);
    expect(sameShape('const r = /\\/\\/ not a comment/;\nconst t = `x\n// inside a template\n`;\n', 'const r = /\\/\\/ not a comment/;\nconst t = `x\n// inside a template, changed\n`;\n')).toBe(false);
  });

  test('a line break between statements is kept apart from none (automatic semicolons)', () => {
    // `a\n++b` is two statements, `a ++b` does not parse the same way; the gap classes keep them apart.
    expect(sameShape('let a = 1, b = 2\na\n++b\n', 'let a = 1, b = 2\na ++b\n')).toBe(false);
    expect(sameShape('f();g();\n', 'f(); g();\n')).toBe(false);
    expect(sameShape('f();  g();\n', 'f(); g();\n')).toBe(true);
  });

  test('JSX: text and comments inside elements are part of the statement', () => {
    const component = "export const A = () => <div>\n  {/* note */}\n  Hello // not a comment\n</div>;\n";
    expect(sameShape(component, component.replace('// not a comment', '// changed'), '/p/a.tsx')).toBe(false);
    expect(sameShape(component, `// a comment\n${component}\n// another\n`, '/p/a.tsx')).toBe(true);
    expect(getShapeHash('/p/a.tsx', 'const a = 1;\n')).not.toBe(getShapeHash('/p/a.ts', 'const a = 1;\n'));
  });

  test('a token the parser skipped between statements is hashed as it is', () => {
    expect(sameShape('f();\n}\ng();\n', 'f();\n)\ng();\n')).toBe(false);
  });
});

const sameCode = (a: string, b: string) => getCodeHash(a) === getCodeHash(b);

describe('getCodeHash', () => {
  test('comments and blank lines added or changed after the last code', () => {
    const code = 'export const a = 1;\n';
    expect(sameCode(code, `${code}// bench: touched in round 1\n`)).toBe(true);
    expect(sameCode(`${code}// round 1\n`, `${code}// round 2\n`)).toBe(true);
    expect(sameCode(`${code}// round 1\n`, code)).toBe(true);
    expect(sameCode(code, `${code}\n\n\n`)).toBe(true);
    expect(sameCode(`${code}// a\n// b\n`, `${code}// a\n// c\n`)).toBe(true);
  });

  test('not when a template or block comment that closes inside a "comment" could swallow the line break', () => {
    // In both, what looks like a line comment after the line break is the rest of a template or block comment,
    // and the code after it (`y()`) is real.
    expect(sameCode('x = `a\n// `;\n', 'x = `a\n// `; y();\n')).toBe(false);
    expect(sameCode('x;\n/* a\n// */\n', 'x;\n/* a\n// */ y();\n')).toBe(false);
    expect(sameCode('const a = <div>\n// text\n</div>;\n', 'const a = <div>\n// text\n</div>; y();\n')).toBe(false);
  });

  test('not when code changes, when the last line has no line break before the comment, or when the change is inside', () => {
    expect(sameCode('export const a = 1;\n', 'export const a = 1;\nexport const b = 2;\n')).toBe(false);
    expect(sameCode('export const a = 1;', 'export const a = 1;// c\n')).toBe(false);
    expect(sameCode('const t = `x\n// a\n`;\n', 'const t = `x\n// b\n`;\n')).toBe(false);
    expect(sameCode('f();\n// a\ng();\n', 'f();\n// b\ng();\n')).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { findInline } from '../testing/inline-project.js';

// The type program holds only the files that asked and what they import, plus every file that may declare
// globals (engine.ts): a type that reaches a file without an import must still be expanded.
describe('the type program grown per asking file', () => {
  const sink = (type: string) => `
    import { datadogRum } from '@datadog/browser-rum';
    export const identify = (visitor: ${type}) => datadogRum.setUser(visitor);`;

  test('a global interface from a script nothing imports', async () => {
    const files = { 'src/app.ts': sink('Visitor'), 'types/visitor.ts': 'interface Visitor {\n  email: string;\n}\n' };
    expect(await findInline(files, { dependencies: ['@datadog/browser-rum'] })).toEqual(['src/app.ts:2:47 user.contact.email error-monitoring datadog']);
  });

  test('a `declare global` in a module nothing imports', async () => {
    const files = {
      'src/app.ts': sink('Visitor'),
      'src/global.ts': 'export {};\ndeclare global {\n  interface Visitor {\n    phone: string;\n  }\n}\n',
    };
    expect(await findInline(files, { dependencies: ['@datadog/browser-rum'] })).toEqual(['src/app.ts:2:47 user.contact.phone_number error-monitoring datadog']);
  });

  test('files that do not import each other each get their types: the program grows with each file that asks', async () => {
    const files = {
      'src/a.ts': sink('Visitor'),
      'src/b.ts': sink('Customer'),
      'types/people.ts': 'interface Visitor {\n  email: string;\n}\ninterface Customer {\n  phone: string;\n}\n',
    };
    expect(await findInline(files, { dependencies: ['@datadog/browser-rum'] })).toEqual([
      'src/a.ts:2:47 user.contact.email error-monitoring datadog',
      'src/b.ts:2:48 user.contact.phone_number error-monitoring datadog',
    ]);
  });
});

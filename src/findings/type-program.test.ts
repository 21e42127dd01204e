import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findInline, summarizeFinding } from '../testing/inline-project.js';
import { scan } from './index.js';

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

  // On disk, since the type program resolves imports through the file system: two programs (b.ts is outside the
  // first) each resolve the global file's import, the second from what the first resolved.
  test('each grown program resolves the imports of the files it holds, the second one from the first one\'s answers', async () => {
    const root = mkdtempSync(join(tmpdir(), 'privlint-type-program-'));
    try {
      const files: Record<string, string> = {
        'package.json': JSON.stringify({ dependencies: { '@datadog/browser-rum': '5' } }),
        'src/a.ts': sink('Visitor'),
        'src/sub/b.ts': sink('Customer'),
        'src/global.ts': "import type { Contact } from './people/contact';\nexport {};\ndeclare global {\n  interface Visitor extends Contact {\n    email: string;\n  }\n  interface Customer extends Contact {}\n}\n",
        'src/people/contact.ts': 'export interface Contact {\n  phone: string;\n}\n',
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const result = await scan({ root, concurrency: 1 });
      expect(result.findings.map(summarizeFinding)).toEqual([
        'src/a.ts:3:51 user.contact.email error-monitoring datadog',
        'src/a.ts:3:51 user.contact.phone_number error-monitoring datadog',
        'src/sub/b.ts:3:52 user.contact.phone_number error-monitoring datadog',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

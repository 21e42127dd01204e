import { resolve } from 'node:path';
import type { ESLint, Linter, Rule } from 'eslint';
import { VERSION } from '../version.js';
import { checkFileSync } from './check-sync.js';

interface CheckRuleOptions {
  /** The manifest, relative to ESLint's working directory; default: found from the linted file's folder upwards. */
  manifest?: string;
  /** The project folder privlint checks, relative to ESLint's working directory; default: the manifest's folder. */
  root?: string;
}

const DOCS_URL = 'https://github.com/privlint/privlint/blob/main/docs/eslint.md';

const check: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: "Report privlint's problems (code that disagrees with privacy.yml) in the file being linted", url: DOCS_URL },
    schema: [
      {
        type: 'object',
        properties: {
          manifest: { type: 'string', description: 'The privacy manifest, relative to the working directory.' },
          root: { type: 'string', description: 'The project folder to check, relative to the working directory.' },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const options = (context.options[0] ?? {}) as CheckRuleOptions;
    return {
      Program() {
        const response = checkFileSync({
          file: resolve(context.physicalFilename),
          text: context.sourceCode.text,
          ...(options.manifest !== undefined ? { manifest: resolve(context.cwd, options.manifest) } : {}),
          ...(options.root !== undefined ? { root: resolve(context.cwd, options.root) } : {}),
        });
        const start = { line: 1, column: 0 };
        if (response.kind === 'input-error') {
          context.report({ loc: start, message: `privlint could not check this file: ${response.message}` });
          return;
        }
        if (response.kind === 'internal-error') {
          context.report({ loc: start, message: `privlint failed (${response.message}); this is a bug in privlint, please report it with the file's project.` });
          return;
        }
        for (const problem of response.problems) {
          context.report({
            // ESLint columns are 0-based, privlint's 1-based.
            loc: { line: problem.location.line, column: problem.location.column - 1 },
            message: `${problem.message} Fix: ${problem.help} (privlint/${problem.rule})`,
          });
        }
      },
    };
  },
};

const plugin = {
  meta: { name: 'privlint', version: VERSION },
  rules: { check },
  configs: {} as Record<'recommended', Linter.Config>,
} satisfies ESLint.Plugin;

/** `...privlint.configs.recommended` in eslint.config.js: the check rule as an error on TypeScript files. */
plugin.configs.recommended = {
  name: 'privlint/recommended',
  files: ['**/*.{ts,tsx,mts,cts}'],
  plugins: { privlint: plugin },
  rules: { 'privlint/check': 'error' },
};

export default plugin;

import { resolve } from 'node:path';
import type { ESLint, Linter, Rule } from 'eslint';
import type { RuleId } from '../model.js';
import { RULES, getRuleDocsUrl } from '../problems/rules/index.js';
import { VERSION } from '../version.js';
import { checkFileSync } from './check-sync.js';
import type { FileCheckRequest, FileCheckResponse } from './protocol.js';

interface RuleOptions {
  /** The manifest, relative to ESLint's working directory; default: found from the linted file's folder upwards. */
  manifest?: string;
  /** The project folder privlint checks, relative to ESLint's working directory; default: the manifest's folder. */
  root?: string;
}

const OPTIONS_SCHEMA = [
  {
    type: 'object',
    properties: {
      manifest: { type: 'string', description: 'The privacy manifest, relative to the working directory.' },
      root: { type: 'string', description: 'The project folder to check, relative to the working directory.' },
    },
    additionalProperties: false,
  },
] as const;

/** Which rule reports a whole file's failure to check: the one every config has on. */
const FAILURE_RULE: RuleId = 'undeclared-data';

// Each of privlint's rules asks for the same file's problems; one answer serves all of them.
let lastAnswer: { request: FileCheckRequest; response: FileCheckResponse } | undefined;

function getFileProblems(request: FileCheckRequest): FileCheckResponse {
  const last = lastAnswer?.request;
  if (last && last.file === request.file && last.text === request.text && last.manifest === request.manifest && last.root === request.root) {
    return lastAnswer!.response;
  }
  const response = checkFileSync(request);
  lastAnswer = { request, response };
  return response;
}

function createRule(id: RuleId, description: string): Rule.RuleModule {
  return {
    meta: { type: 'problem', docs: { description, url: getRuleDocsUrl(id) }, schema: OPTIONS_SCHEMA as unknown as Rule.RuleMetaData['schema'] },
    create(context) {
      const options = (context.options[0] ?? {}) as RuleOptions;
      return {
        Program() {
          const response = getFileProblems({
            file: resolve(context.physicalFilename),
            text: context.sourceCode.text,
            ...(options.manifest !== undefined ? { manifest: resolve(context.cwd, options.manifest) } : {}),
            ...(options.root !== undefined ? { root: resolve(context.cwd, options.root) } : {}),
          });
          if (response.kind !== 'problems') {
            if (id !== FAILURE_RULE) return;
            const message =
              response.kind === 'input-error'
                ? `privlint could not check this file: ${response.message}`
                : `privlint failed (${response.message}); this is a bug in privlint, please report it.`;
            context.report({ loc: { line: 1, column: 0 }, message });
            return;
          }
          for (const problem of response.problems) {
            if (problem.rule !== id) continue;
            // ESLint columns are 0-based, privlint's 1-based.
            context.report({ loc: { line: problem.location.line, column: problem.location.column - 1 }, message: `${problem.message} Fix: ${problem.help}.` });
          }
        },
      };
    },
  };
}

const plugin = {
  meta: { name: 'privlint', version: VERSION },
  rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, createRule(rule.meta.id, rule.meta.description)])) as Record<RuleId, Rule.RuleModule>,
  configs: {} as Record<'recommended', Linter.Config>,
} satisfies ESLint.Plugin;

/**
 * `privlint.configs.recommended` in eslint.config.js: every privlint rule on TypeScript files, at its default
 * severity (`privlint check` keeps reading the manifest's `rules` for CI).
 */
plugin.configs.recommended = {
  name: 'privlint/recommended',
  files: ['**/*.{ts,tsx,mts,cts}'],
  plugins: { privlint: plugin },
  rules: Object.fromEntries(RULES.map((rule) => [`privlint/${rule.meta.id}`, rule.meta.defaultSeverity])),
};

export default plugin;

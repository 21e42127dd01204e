import type { ProblemDraft, Rule } from './types.js';

/** The marker `privlint init` and `check --fix` leave where a person must decide. */
export const TODO_MARKER = 'TODO';

const isTodo = (value: string) => /^\s*TODO\b/.test(value);

export const unfinishedDeclaration: Rule = {
  meta: {
    id: 'unfinished-declaration',
    defaultSeverity: 'error',
    description: 'A manifest entry still holds a TODO marker left by `privlint init` or `check --fix`.',
    help: 'The draft entries privlint writes are guesses from the code: replace each TODO with what is true (a description people can read, the real purpose, retention, country), then the check passes. A draft is not a promise anyone can publish, so it fails the gate until it is finished.',
  },
  check({ loaded }) {
    const drafts: ProblemDraft[] = [];
    const visit = (value: unknown, path: (string | number)[]) => {
      if (typeof value === 'string') {
        if (!isTodo(value)) return;
        const dotted = path.join('.');
        drafts.push({
          rule: 'unfinished-declaration',
          location: loaded.locate(path),
          category: null,
          field: path[0] === 'fields' ? String(path[1]) : null,
          recipient: path[0] === 'recipients' ? String(path[1]) : null,
          subject: dotted,
          message: `\`${dotted}\` in ${loaded.file} is still a TODO: "${value.replace(/\s+/g, ' ').trim()}".`,
          help: `replace the TODO in \`${dotted}\` with the real text`,
          confidence: 'high',
        });
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, [...path, index]));
      } else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
      }
    };
    visit(loaded.manifest, []);
    return drafts;
  },
};

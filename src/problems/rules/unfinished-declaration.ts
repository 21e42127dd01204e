import { findTodoMarkers } from '../../manifest/todo-markers.js';
import type { ProblemDraft, Rule } from './types.js';

export { TODO_MARKER } from '../../manifest/todo-markers.js';

export const unfinishedDeclaration: Rule = {
  meta: {
    id: 'unfinished-declaration',
    defaultSeverity: 'error',
    description: 'A manifest entry still holds a TODO marker left by `privlint init` or `check --fix`.',
    help: 'The draft entries privlint writes are guesses from the code: replace each TODO with what is true (a description people can read, the real purpose, retention, country), then the check passes. A draft is not a promise anyone can publish, so it fails the gate until it is finished.',
  },
  check({ loaded }) {
    return findTodoMarkers(loaded.manifest).map(({ path, text }): ProblemDraft => {
      const dotted = path.join('.');
      return {
        rule: 'unfinished-declaration',
        location: loaded.locate(path),
        category: null,
        field: path[0] === 'fields' ? String(path[1]) : null,
        recipient: path[0] === 'recipients' ? String(path[1]) : null,
        subject: dotted,
        message: `\`${dotted}\` in ${loaded.file} is still a TODO: "${text}".`,
        help: `replace the TODO in \`${dotted}\` with the real text`,
        confidence: 'high',
      };
    });
  },
};

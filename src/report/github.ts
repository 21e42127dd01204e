import { formatHiddenCount, formatPlainMessage, formatProblemCount, formatScanned, toWorkspacePath } from './format-message.js';
import { toSafeText } from './escape.js';
import type { Reporter } from './types.js';

// Workflow commands: https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
// Values are made single-line and free of ESC and bidi controls first (escape.ts); `%` then still needs its escape.
const escapeData = (text: string) => toSafeText(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** One annotation per problem plus a plain summary line (GitHub shows only the first annotations of a run). */
export const github: Reporter = (result) => {
  const annotations = result.problems.map((problem) => {
    const { file, line, column } = problem.location;
    const level = problem.severity === 'error' ? 'error' : 'warning';
    const properties = `file=${escapeProperty(toWorkspacePath(result, file))},line=${line},col=${column},title=${escapeProperty(`privlint ${problem.rule}`)}`;
    return `::${level} ${properties}::${escapeData(formatPlainMessage(problem))}`;
  });
  const hidden = formatHiddenCount(result.summary);
  const summary = `privlint: ${formatProblemCount(result.summary)}${hidden === '' ? '' : ` (${hidden})`}; ${formatScanned(result)}`;
  return [...annotations, toSafeText(summary)].join('\n') + '\n';
};

import type { Problem } from '../model.js';
import { formatPlainMessage, formatProblemCount, formatScanned, toWorkspacePath } from './format-message.js';
import type { Reporter } from './types.js';

// XML 1.0 allows tab, line feed and carriage return among the control characters, nothing else.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const escapeXml = (text: string) =>
  text
    .replace(INVALID_XML, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

/**
 * JUnit XML for CI systems that show test reports (GitLab `artifacts:reports:junit`, Jenkins, Azure DevOps):
 * one test suite per file, one failed test case per problem (as ESLint's junit formatter does, warnings fail
 * too, with `type="warning"`), and one passing case when there is no problem so the report is never empty.
 */
export const junit: Reporter = (result) => {
  const byFile = new Map<string, Problem[]>();
  for (const problem of result.problems) {
    const file = toWorkspacePath(result, problem.location.file);
    byFile.set(file, [...(byFile.get(file) ?? []), problem]);
  }
  const suites: string[] = [];
  for (const [file, problems] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const cases = problems.map((problem) => {
      const { line, column } = problem.location;
      const type = problem.severity === 'error' ? 'error' : 'warning';
      const name = `${problem.rule} at ${file}:${line}:${column}`;
      return [
        `    <testcase classname="privlint.${escapeXml(problem.rule)}" name="${escapeXml(name)}" file="${escapeXml(file)}" line="${line}">`,
        `      <failure type="${type}" message="${escapeXml(problem.message)}">${escapeXml(`${formatPlainMessage(problem)}\n${file}:${line}:${column}`)}</failure>`,
        '    </testcase>',
      ].join('\n');
    });
    suites.push(
      [`  <testsuite name="${escapeXml(file)}" tests="${problems.length}" failures="${problems.length}" errors="0" skipped="0">`, ...cases, '  </testsuite>'].join('\n'),
    );
  }
  if (suites.length === 0) {
    suites.push(
      [
        '  <testsuite name="privlint check" tests="1" failures="0" errors="0" skipped="0">',
        `    <testcase classname="privlint" name="${escapeXml(`${formatScanned(result)}: ${formatProblemCount(result.summary)}`)}"/>`,
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const tests = Math.max(result.problems.length, 1);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="privlint" tests="${tests}" failures="${result.problems.length}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};

import { createHash } from 'node:crypto';
import { formatPlainMessage, toWorkspacePath } from './format-message.js';
import type { Reporter } from './types.js';

// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
const SEVERITIES = { error: 'major', warn: 'minor' } as const;

/**
 * GitLab Code Quality report: a JSON array of issues the merge-request widget compares between the base and
 * head pipelines by fingerprint. Paths are repository-relative (privlint runs from the repository root in CI);
 * a scanned subfolder is mixed into the fingerprint so two apps with the same relative file never collide.
 */
export const gitlab: Reporter = (result) => {
  const issues = result.problems.map((problem) => ({
    description: formatPlainMessage(problem),
    check_name: problem.rule,
    fingerprint:
      result.root === '.' || result.root === ''
        ? problem.fingerprint
        : createHash('sha256').update(`${result.root}\u0000${problem.fingerprint}`).digest('hex').slice(0, 32),
    severity: SEVERITIES[problem.severity],
    location: { path: toWorkspacePath(result, problem.location.file), lines: { begin: problem.location.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};

import type { Location, Problem, RuleId } from '../model.js';
import { formatList } from './describe.js';
import { isRuleId } from './rules/index.js';
import type { ProblemDraft } from './rules/types.js';

export const SUPPRESSION_DIRECTIVE = 'privlint-disable-next-line';
const DIRECTIVE = SUPPRESSION_DIRECTIVE;
// `//` and `/* */` in code (JSX included), `#` in the YAML manifest.
const DIRECTIVE_PATTERN = /(\/\/|\/\*|#)\s*privlint-disable-next-line\b(.*)$/;

export interface Suppression {
  location: Location;
  rules: RuleId[];
  reason: string;
}

export interface ParsedSuppressions {
  suppressions: Suppression[];
  invalid: ProblemDraft[];
}

const invalidDraft = (location: Location, text: string, message: string): ProblemDraft => ({
  rule: 'invalid-suppression',
  location,
  category: null,
  field: null,
  recipient: null,
  subject: text,
  message,
  help: `write it as \`// ${DIRECTIVE} <rule>[, <rule>] -- <reason>\``,
  confidence: 'high',
});

/**
 * The lines of a source file as TypeScript numbers them (and editors show them): `\r\n`, `\n`, a lone `\r`, U+2028
 * and U+2029 all end a line, and a `//` comment with them. Splitting on `\n` alone would let an invisible U+2028
 * point a suppression comment at another line than the finding numbers say.
 */
export const splitLines = (text: string): string[] => text.split(/\r\n|[\n\r\u2028\u2029]/);

/** Reads the suppression comments of one file. An invalid comment suppresses nothing and is reported. */
export function parseSuppressions(file: string, text: string): ParsedSuppressions {
  const suppressions: Suppression[] = [];
  const invalid: ProblemDraft[] = [];
  const isYaml = /\.ya?ml$/i.test(file);
  (isYaml ? text.split(/\r\n|\r|\n/) : splitLines(text)).forEach((lineText, index) => {
    const match = DIRECTIVE_PATTERN.exec(lineText);
    if (match === null) return;
    const [whole, marker, rest = ''] = match;
    if ((marker === '#') !== isYaml) return;
    const location = { file, line: index + 1, column: match.index + 1 };
    const body = (marker === '/*' ? rest.replace(/\*\/.*$/, '') : rest).trim();
    const separator = body.indexOf('--');
    const rulesText = (separator === -1 ? body : body.slice(0, separator)).trim();
    const reason = separator === -1 ? '' : body.slice(separator + 2).trim();
    const names = rulesText.split(/[\s,]+/).filter((name) => name !== '');
    const comment = whole.trim();
    const unknown = names.filter((name) => !isRuleId(name));
    if (names.length === 0) {
      invalid.push(invalidDraft(location, comment, `This ${DIRECTIVE} comment names no rule, so it suppresses nothing.`));
    } else if (unknown.length > 0) {
      invalid.push(invalidDraft(location, comment, `This ${DIRECTIVE} comment names unknown rule${unknown.length === 1 ? '' : 's'} ${formatList(unknown)}, so it suppresses nothing.`));
    } else if (reason === '') {
      invalid.push(invalidDraft(location, comment, `This ${DIRECTIVE} comment gives no reason after \`--\`, so it suppresses nothing.`));
    } else {
      suppressions.push({ location, rules: names as RuleId[], reason });
    }
  });
  return { suppressions, invalid };
}

export interface SuppressionOutcome {
  kept: Problem[];
  suppressed: number;
  /** unused-suppression and invalid-suppression problems, still to be given a severity. */
  drafts: ProblemDraft[];
}

/** Applies the comments to the problems on the line below each; reports the comments that matched nothing. */
export function applySuppressions(problems: readonly Problem[], parsed: readonly ParsedSuppressions[]): SuppressionOutcome {
  const used = new Set<string>();
  const byTarget = new Map<string, Suppression[]>();
  for (const { suppressions } of parsed) {
    for (const suppression of suppressions) {
      const key = `${suppression.location.file}:${suppression.location.line + 1}`;
      const targets = byTarget.get(key);
      if (targets === undefined) byTarget.set(key, [suppression]);
      else targets.push(suppression);
    }
  }
  const kept: Problem[] = [];
  let suppressed = 0;
  for (const problem of problems) {
    const candidates = byTarget.get(`${problem.location.file}:${problem.location.line}`) ?? [];
    const match = candidates.find((suppression) => suppression.rules.includes(problem.rule));
    if (match === undefined) {
      kept.push(problem);
      continue;
    }
    suppressed++;
    used.add(`${match.location.file}:${match.location.line}:${problem.rule}`);
  }
  const drafts: ProblemDraft[] = parsed.flatMap(({ invalid }) => invalid);
  for (const { suppressions } of parsed) {
    for (const suppression of suppressions) {
      const { file, line } = suppression.location;
      const unused = suppression.rules.filter((rule) => !used.has(`${file}:${line}:${rule}`));
      if (unused.length === 0) continue;
      drafts.push({
        rule: 'unused-suppression',
        location: suppression.location,
        category: null,
        field: null,
        recipient: null,
        subject: `${DIRECTIVE} ${unused.join(', ')}`,
        message: `This ${DIRECTIVE} comment suppresses nothing: there is no ${formatList(unused)} problem on line ${line + 1}.`,
        help: `remove ${formatList(unused)} from the comment (or the whole comment), or move it right above the line it is meant for`,
        confidence: 'high',
      });
    }
  }
  return { kept, suppressed, drafts };
}

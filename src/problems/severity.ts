import { PrivlintError } from '../errors.js';
import type { Confidence, RuleId, Severity } from '../model.js';
import { RULES, RULE_IDS, isRuleId } from './rules/index.js';

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];

export type Severities = ReadonlyMap<RuleId, Severity>;

/** Rule defaults, then the manifest's `rules:`, then `--rule name=severity`: the later wins. */
export function resolveSeverities(
  manifestRules: Partial<Record<string, Severity>>,
  cliRules: Partial<Record<RuleId, Severity>> = {},
): Severities {
  const severities = new Map<RuleId, Severity>(RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));
  for (const overrides of [manifestRules, cliRules]) {
    for (const [id, severity] of Object.entries(overrides)) {
      if (severity !== undefined && isRuleId(id)) severities.set(id, severity);
    }
  }
  return severities;
}

/** Parses one `--rule name=severity` flag. */
export function parseRuleFlag(value: string): [RuleId, Severity] {
  const match = /^\s*([a-z-]+)\s*[=:]\s*([a-z]+)\s*$/.exec(value);
  const id = match?.[1];
  const severity = match?.[2];
  if (id === undefined || severity === undefined) {
    throw new PrivlintError('E_USAGE', `--rule "${value}" is not of the form <rule>=<off|warn|error>; write e.g. --rule unused-declaration=off.`);
  }
  if (!isRuleId(id)) {
    throw new PrivlintError('E_USAGE', `--rule names an unknown rule "${id}"; use one of: ${RULE_IDS.join(', ')}.`);
  }
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new PrivlintError('E_USAGE', `--rule ${id}=${severity} has an unknown severity; use off, warn or error.`);
  }
  return [id, severity as Severity];
}

/** Low-confidence evidence (a generic name such as `data`) never fails a build alone, unless --strict. */
export function toEffectiveSeverity(severity: Exclude<Severity, 'off'>, confidence: Confidence, strict: boolean): Exclude<Severity, 'off'> {
  return severity === 'error' && confidence === 'low' && !strict ? 'warn' : severity;
}

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { RULES, RULE_IDS, getRuleDocsUrl } from './index.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const rulesPage = readFileSync(repo('docs/rules.md'), 'utf8');
const rulesSection = rulesPage.slice(rulesPage.indexOf('<!-- rules:start -->'), rulesPage.indexOf('<!-- rules:end -->'));
const sectionOf = (id: string) => {
  const start = rulesSection.indexOf(`### ${id}\n`);
  const next = rulesSection.indexOf('\n### ', start + 1);
  return start === -1 ? '' : rulesSection.slice(start, next === -1 ? undefined : next);
};

// The model's RuleId union, the report schema and the manifest schema must name the same rules as the list.
const reportSchema = JSON.parse(readFileSync(repo('schemas/report.schema.json'), 'utf8'));

describe('rule metadata stays in sync with code, docs and fixtures', () => {
  test('the list is alphabetical and ids are unique', () => {
    expect([...RULE_IDS].sort()).toEqual(RULE_IDS);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  test('the report schema lists exactly these rules', () => {
    expect([...reportSchema.$defs.problem.properties.rule.enum].sort()).toEqual(RULE_IDS);
  });

  test.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    expect(existsSync(repo(`src/problems/rules/${id}.ts`))).toBe(true);
    expect(getRuleDocsUrl(id)).toMatch(new RegExp(`/docs/rules\\.md#${id}$`));
    const section = sectionOf(id);
    expect(section, `docs/rules.md needs a "### ${id}" section between the rules markers`).not.toBe('');
    expect(section).toContain(rule.meta.description);
    expect(section).toContain(`Default: \`${rule.meta.defaultSeverity}\``);
    // Every rule has a fixture where it fires, and one where the same code is declared and it does not.
    expect(existsSync(repo(`fixtures/check/${id}/expected.json`)), `fixtures/check/${id}`).toBe(true);
    const quiet = id.endsWith('-suppression') ? 'suppression-used' : `${id}-declared`;
    expect(existsSync(repo(`fixtures/check/${quiet}/expected.json`)), `fixtures/check/${quiet}`).toBe(true);
  });
});

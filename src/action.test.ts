import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

interface ActionStep {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { steps: ActionStep[] };
}

describe('the GitHub Action (action.yml)', () => {
  const action = parse(read('action.yml')) as Action;

  test("is valid action metadata by SchemaStore's github-action schema", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(read('fixtures/schemas/github-action.json')) as object);
    expect(validate(action), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema has teeth: an input without `required`, or an unknown key, is refused.
    expect(validate({ ...action, inputs: { ...action.inputs, extra: { description: 'x' } } })).toBe(false);
    expect(validate({ ...action, unknown: true })).toBe(false);
  });

  test('runs the privlint version it is released with, unless the version input pins another', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(action.inputs.version?.default).toBe(version);
    const runs = action.runs.steps.filter((step) => step.run !== undefined);
    expect(runs.filter((step) => step.run!.includes('npx --yes "privlint@${PRIVLINT_VERSION}"'))).toHaveLength(2);
    for (const step of runs) expect(step.run).not.toMatch(/npx --yes privlint(?!@)/);
  });

  test('sets up Node.js 22 or newer', () => {
    const setup = action.runs.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(Number(action.inputs['node-version']?.default)).toBeGreaterThanOrEqual(22);
    expect(setup?.with?.['node-version']).toBe('${{ inputs.node-version }}');
  });

  test('uploads SARIF with codeql-action v4 and a category per scanned folder', () => {
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(upload?.with?.category).toBe('${{ steps.check.outputs.category }}');
    expect(action.runs.steps.find((step) => step.run?.includes('echo "category=privlint/${folder}"'))).toBeDefined();
  });

  test('can post or update one pull-request comment with the diff, found by its hidden marker', () => {
    const comment = action.runs.steps.find((step) => step.run?.includes('privlint@${PRIVLINT_VERSION}" diff'));
    expect(comment?.if).toContain("inputs.comment == 'true'");
    expect(comment?.run).toContain('--format markdown');
    expect(comment?.run).toContain('--method PATCH');
    expect(comment?.run).toContain('marker="$(head -n 1 "$body")"');
  });

  test('no input is spliced into a script: they arrive as environment variables', () => {
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });
});

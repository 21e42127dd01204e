import type { Location, Problem, Severity } from '../model.js';
import { DOCS_URL, RULES, getRuleDocsUrl } from '../problems/rules/index.js';
import { toWorkspacePath } from './format-message.js';
import type { Reporter } from './types.js';
import { toSafeJson } from './escape.js';

const toLevel = (severity: Severity) => (severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none');

// SARIF wants URI references: each path segment percent-encoded, `/` kept as the separator.
const toUri = (file: string) => file.split('/').map(encodeURIComponent).join('/');

const toPhysicalLocation = (root: string, location: Location) => ({
  artifactLocation: { uri: toUri(toWorkspacePath({ root }, location.file)), uriBaseId: '%SRCROOT%' },
  region: { startLine: location.line, startColumn: location.column },
});

const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));

const toResult = (root: string, problem: Problem) => {
  const result: Record<string, unknown> = {
    ruleId: problem.rule,
    ruleIndex: ruleIndex.get(problem.rule),
    level: toLevel(problem.severity),
    message: { text: `${problem.message} Fix: ${problem.help}.` },
    locations: [{ physicalLocation: toPhysicalLocation(root, problem.location) }],
    partialFingerprints: { 'privlintFingerprint/v1': problem.fingerprint },
  };
  if (problem.manifestLocation !== undefined && problem.manifestLocation.file !== problem.location.file) {
    result.relatedLocations = [
      { id: 1, physicalLocation: toPhysicalLocation(root, problem.manifestLocation), message: { text: 'the manifest entry involved' } },
    ];
  }
  const properties: Record<string, string> = {};
  if (problem.category !== null) properties.category = problem.category;
  if (problem.field !== null) properties.field = problem.field;
  if (problem.recipient !== null) properties.recipient = problem.recipient;
  if (Object.keys(properties).length > 0) result.properties = properties;
  return result;
};

/** SARIF 2.1.0 for GitHub code scanning; every rule is listed so `ruleIndex` is stable across runs. */
export const sarif: Reporter = (result, ctx) => {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'privlint',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: DOCS_URL,
            rules: RULES.map(({ meta }) => ({
              id: meta.id,
              name: meta.id
                .split('-')
                .map((word) => word[0]!.toUpperCase() + word.slice(1))
                .join(''),
              shortDescription: { text: meta.description },
              fullDescription: { text: `${meta.description} ${meta.help}` },
              help: { text: meta.help, markdown: `${meta.help}\n\n[Documentation](${getRuleDocsUrl(meta.id)})` },
              helpUri: getRuleDocsUrl(meta.id),
              defaultConfiguration: { level: toLevel(meta.defaultSeverity), enabled: meta.defaultSeverity !== 'off' },
              properties: { tags: ['privacy'] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: result.problems.map((problem) => toResult(result.root, problem)),
      },
    ],
  };
  return toSafeJson(`${JSON.stringify(log, null, 2)}\n`);
};

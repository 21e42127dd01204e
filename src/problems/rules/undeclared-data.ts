import { formatCode, formatSinkPhrase, formatStopPhrase, suggestFieldId } from '../describe.js';
import type { Rule } from './types.js';

export const undeclaredData: Rule = {
  meta: {
    id: 'undeclared-data',
    defaultSeverity: 'error',
    description: 'Code handles a data category that no field of the manifest covers.',
    help: 'Declare the data under `fields` with its category, purposes, recipients and storage, or stop handling it. A field of a parent category (`user.contact`) covers its children.',
  },
  check({ loaded, findings }) {
    return findings
      .filter(({ field }) => field === undefined)
      .map(({ finding }) => {
        const { category } = finding;
        return {
          rule: 'undeclared-data',
          location: finding.location,
          category,
          field: null,
          recipient: finding.sink.recipient,
          expression: finding.expression,
          manifestLocation: loaded.locate(['fields']),
          message: `\`${formatCode(finding.expression)}\` is ${category}, ${formatSinkPhrase(finding)}, but no field in ${loaded.file} covers ${category}.`,
          help: `add a field \`${suggestFieldId(category)}\` with \`category: ${category}\` under \`fields\` in ${loaded.file}, or ${formatStopPhrase(finding.sink.kind)}`,
          confidence: finding.confidence,
        };
      });
  },
};

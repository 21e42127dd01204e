import { formatCode } from '../describe.js';
import type { Rule } from './types.js';

export const piiInLogs: Rule = {
  meta: {
    id: 'pii-in-logs',
    defaultSeverity: 'warn',
    description: 'Personal data is written to a log and the field does not list `log` storage.',
    help: 'Logs are copied, shipped and kept longer than anyone plans. Remove or mask the value in the log line, or, if logging it is intended, add `log` to the field\'s `storage`.',
  },
  check({ loaded, findings }) {
    return findings.flatMap(({ finding, field }) => {
      // Undeclared data in a log is already undeclared-data; this rule is about declared fields.
      if (finding.sink.kind !== 'log' || field === undefined || field.storage.includes('log')) return [];
      return [
        {
          rule: 'pii-in-logs' as const,
          location: finding.location,
          category: finding.category,
          field: field.id,
          recipient: finding.sink.recipient,
          expression: finding.expression,
          manifestLocation: loaded.locate(['fields', field.id, 'storage']),
          message: `\`${formatCode(finding.expression)}\` (field \`${field.id}\`) is written to a log by \`${finding.sink.api}\`, but \`fields.${field.id}.storage\` does not list log.`,
          help: `remove or mask \`${formatCode(finding.expression)}\` in the log line, or add \`log\` to \`fields.${field.id}.storage\` in ${loaded.file}`,
          confidence: finding.confidence,
        },
      ];
    });
  },
};

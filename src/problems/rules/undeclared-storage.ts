import { formatCode, toStorageKind } from '../describe.js';
import type { Rule } from './types.js';

export const undeclaredStorage: Rule = {
  meta: {
    id: 'undeclared-storage',
    defaultSeverity: 'warn',
    description: "A field is stored (browser storage, cookie, database, file) where its `storage` does not say.",
    help: "Add the storage kind to the field's `storage` so the notice and the records of processing say where it is kept, or stop storing it there.",
  },
  check({ loaded, findings }) {
    return findings.flatMap(({ finding, field }) => {
      const storage = toStorageKind(finding.sink.kind);
      // Logs have their own rule (pii-in-logs): personal data in logs is a leak more often than a decision.
      if (field === undefined || storage === undefined || storage === 'log' || field.storage.includes(storage)) return [];
      return [
        {
          rule: 'undeclared-storage' as const,
          location: finding.location,
          category: finding.category,
          field: field.id,
          recipient: finding.sink.recipient,
          expression: finding.expression,
          manifestLocation: loaded.locate(['fields', field.id, 'storage']),
          message: `\`${formatCode(finding.expression)}\` (field \`${field.id}\`) is stored in ${storage} by \`${finding.sink.api}\`, but \`fields.${field.id}.storage\` does not list ${storage}.`,
          help: `add \`${storage}\` to \`fields.${field.id}.storage\` in ${loaded.file}, or stop storing it`,
          confidence: finding.confidence,
        },
      ];
    });
  },
};

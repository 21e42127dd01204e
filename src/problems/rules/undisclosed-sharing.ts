import { formatCode } from '../describe.js';
import type { Rule } from './types.js';

export const undisclosedSharing: Rule = {
  meta: {
    id: 'undisclosed-sharing',
    defaultSeverity: 'error',
    description: "A declared field reaches a declared recipient that is not in the field's `recipients`.",
    help: "Add the recipient to the field's `recipients` so the notice tells people who receives it, or stop sending that field to it.",
  },
  check({ loaded, findings }) {
    return findings.flatMap(({ finding, field, destination }) => {
      if (field === undefined || destination.kind !== 'declared') return [];
      const recipient = destination.recipient;
      if (field.recipients.includes(recipient.id)) return [];
      return [
        {
          rule: 'undisclosed-sharing' as const,
          location: finding.location,
          category: finding.category,
          field: field.id,
          recipient: recipient.id,
          expression: finding.expression,
          manifestLocation: loaded.locate(['fields', field.id, 'recipients']),
          message: `\`${formatCode(finding.expression)}\` (field \`${field.id}\`) is sent to ${recipient.id} by \`${finding.sink.api}\`, but \`fields.${field.id}.recipients\` does not list ${recipient.id}.`,
          help: `add \`${recipient.id}\` to \`fields.${field.id}.recipients\` in ${loaded.file}, or stop sending it`,
          confidence: finding.confidence,
        },
      ];
    });
  },
};

import { formatCode, formatList } from '../describe.js';
import type { Rule } from './types.js';

export const purposeMismatch: Rule = {
  meta: {
    id: 'purpose-mismatch',
    defaultSeverity: 'error',
    description: "The recipient's purposes share none with the purposes of the field it receives.",
    help: "A recipient may only use data for purposes the field is collected for. Add a shared purpose to the field's `purposes` (or to the recipient's), or stop sending the field to that recipient.",
  },
  check({ loaded, findings }) {
    return findings.flatMap(({ finding, field, destination }) => {
      if (field === undefined || destination.kind !== 'declared') return [];
      const recipient = destination.recipient;
      if (recipient.purposes.some((purpose) => field.purposes.includes(purpose))) return [];
      const recipientPurposes = [...recipient.purposes].sort();
      const fieldPurposes = [...field.purposes].sort();
      const fix =
        recipientPurposes.length > 0
          ? `add ${recipientPurposes.length === 1 ? '' : 'one of '}${formatList(recipientPurposes)} to \`fields.${field.id}.purposes\` in ${loaded.file}`
          : `give \`recipients.${recipient.id}\` a purpose of field \`${field.id}\` in ${loaded.file}`;
      return [
        {
          rule: 'purpose-mismatch' as const,
          location: finding.location,
          category: finding.category,
          field: field.id,
          recipient: recipient.id,
          expression: finding.expression,
          manifestLocation: loaded.locate(['fields', field.id, 'purposes']),
          message: `\`${formatCode(finding.expression)}\` (field \`${field.id}\`) goes to ${recipient.id}, whose purposes (${formatList(recipientPurposes) || 'none'}) share none with the field's purposes (${formatList(fieldPurposes) || 'none'}).`,
          help: `${fix}, or stop sending it to ${recipient.id}`,
          confidence: finding.confidence,
        },
      ];
    });
  },
};

import type { ProblemDraft, Rule } from './types.js';

export const unusedDeclaration: Rule = {
  meta: {
    id: 'unused-declaration',
    defaultSeverity: 'warn',
    description: 'A declared field or recipient that the code never shows.',
    help: 'A stale declaration makes the notice promise more than the product does, and hides the entry that really matters. Remove it, or teach privlint the code names (`aliases`, `sdks`, `hosts`) it goes by.',
  },
  check({ loaded, findings }) {
    const { manifest } = loaded;
    const usedFields = new Set(findings.flatMap(({ field }) => (field === undefined ? [] : [field.id])));
    const usedRecipients = new Set(
      findings.flatMap(({ destination }) => (destination.kind === 'declared' ? [destination.recipient.id] : [])),
    );
    const drafts: ProblemDraft[] = [];
    for (const field of Object.values(manifest.fields)) {
      if (usedFields.has(field.id)) continue;
      drafts.push({
        rule: 'unused-declaration',
        location: loaded.locate(['fields', field.id]),
        category: field.category,
        field: field.id,
        recipient: null,
        subject: `fields.${field.id}`,
        message: `Field \`${field.id}\` (${field.category}) is declared in ${loaded.file}, but the code never shows it.`,
        help: `remove \`fields.${field.id}\` from ${loaded.file} if the product no longer handles it, or list the names the code uses for it in \`fields.${field.id}.aliases\``,
        confidence: 'high',
      });
    }
    for (const recipient of Object.values(manifest.recipients)) {
      // Hosting providers receive everything and never appear as a call in code.
      if (usedRecipients.has(recipient.id) || recipient.kind === 'hosting') continue;
      drafts.push({
        rule: 'unused-declaration',
        location: loaded.locate(['recipients', recipient.id]),
        category: null,
        field: null,
        recipient: recipient.id,
        subject: `recipients.${recipient.id}`,
        message: `Recipient \`${recipient.id}\` is declared in ${loaded.file}, but no code sends data to it.`,
        help: `remove \`recipients.${recipient.id}\` (and its mentions under \`fields\`) from ${loaded.file} if it no longer receives data, or list its SDK ids in \`sdks\` or its hosts in \`hosts\``,
        confidence: 'high',
      });
    }
    return drafts;
  },
};

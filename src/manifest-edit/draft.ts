import type { Manifest } from '../manifest/types.js';
import type { ScanResult } from '../model.js';
import { planAdditions } from './plan.js';
import { formatBlockEntry, toFieldEntry, toRecipientEntry, toScalar, toTodoPurposeEntry } from './render.js';

const EMPTY: Manifest = {
  version: 1,
  service: { name: '', controller: { name: '' } },
  purposes: {},
  recipients: {},
  fields: {},
  scan: { firstPartyHosts: [], sdks: [] },
  rules: {},
  stores: {},
};

export interface DraftOptions {
  /** The product's name, e.g. from package.json. */
  name: string;
  /** Where the editor finds the schema, relative to the manifest. */
  schemaPath: string;
}

/**
 * The `privlint init` draft: every category the scan found as a field, every third party as a recipient,
 * storage kinds from the sinks, and a comment above each entry naming the code that justified it.
 * What only a person knows is a TODO, which `check` reports as a warning until it is replaced.
 */
export function createDraft(scanResult: ScanResult, options: DraftOptions): string {
  const additions = planAdditions(EMPTY, scanResult.findings, { logStorage: true });
  const unit = '  ';
  const lines = [
    `# yaml-language-server: $schema=${options.schemaPath}`,
    '# Draft written by `privlint init` from what the code does. Replace every TODO with what is true,',
    '# then run `privlint check`: it warns about each TODO left and fails when code and manifest disagree.',
    'version: 1',
    'service:',
    `${unit}name: ${toScalar(options.name)}`,
    `${unit}controller:`,
    `${unit}${unit}name: "TODO: the company or person who decides why and how the data is processed"`,
    'purposes:',
  ];
  let text = `${lines.join('\n')}\n${formatBlockEntry(toTodoPurposeEntry(), unit, unit)}`;
  if (additions.recipients.length > 0) {
    text += `recipients:\n${additions.recipients.map((recipient) => formatBlockEntry(toRecipientEntry(recipient), unit, unit)).join('')}`;
  }
  text += additions.fields.length > 0 ? `fields:\n${additions.fields.map((field) => formatBlockEntry(toFieldEntry(field), unit, unit)).join('')}` : 'fields: {}\n';
  return text;
}

import { ENV_DESTINATION_PREFIX } from '../findings/endpoints.js';
import { CATALOG } from '../findings/catalog/index.js';
import { formatLocation } from '../errors.js';
import type { Evidence, NewField, NewRecipient } from './plan.js';
import { TODO_PURPOSE } from './plan.js';

/** A manifest entry as ordered keys; values are scalars or lists of ids. */
export interface Entry {
  key: string;
  /** Comment lines shown above the key (without `#`). */
  comments: string[];
  values: [string, string | string[]][];
}

const MAX_EVIDENCE = 3;

/** Plain when YAML reads it back as the same string, else double-quoted (JSON strings are valid YAML). */
export const toScalar = (value: string): string =>
  /^[A-Za-z0-9][\w .@/()+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/\s$/.test(value) && !/^[\d.+-]+$/.test(value)
    ? value
    : JSON.stringify(value);

const toFlowList = (items: readonly string[]) => `[${items.map(toScalar).join(', ')}]`;

/** One comment line per place in code (a call carrying several values is one place), at most a few. */
export function formatEvidence(evidence: readonly Evidence[]): string[] {
  const places = new Map<string, { where: string; sink: string; expressions: string[] }>();
  for (const item of evidence) {
    const where = formatLocation(item.location);
    const key = `${where} ${item.sink}`;
    const place = places.get(key) ?? { where, sink: item.sink, expressions: [] };
    const expression = item.expression.replace(/\s+/g, ' ').slice(0, 60);
    if (!place.expressions.includes(expression)) place.expressions.push(expression);
    places.set(key, place);
  }
  const all = [...places.values()];
  const lines = all.slice(0, MAX_EVIDENCE).map(({ where, sink, expressions }) => ` found at ${where}: ${expressions.join(', ')} (${sink})`);
  const more = all.length - MAX_EVIDENCE;
  if (more > 0) lines.push(` ... and ${more} more place${more === 1 ? '' : 's'}`);
  return lines;
}

export const toFieldEntry = (field: NewField): Entry => ({
  key: field.id,
  comments: formatEvidence(field.evidence),
  values: [
    ['category', field.category],
    ['description', `TODO: describe ${field.id} in words the people it belongs to understand`],
    ['purposes', field.purposes],
    // Empty lists are left out; `--fix` adds the key when the code shows a first recipient or store.
    ...(field.recipients.length > 0 ? [['recipients', field.recipients] as [string, string[]]] : []),
    ...(field.storage.length > 0 ? [['storage', field.storage] as [string, string[]]] : []),
    ['retention', `TODO: how long ${field.id} is kept`],
    ['source', field.source],
  ],
});

const getServiceName = (id: string): string => CATALOG.find((entry) => entry.id === id)?.name ?? id;

/** Only a person knows what an environment variable's URL points at, and whether that is the app's own service. */
const toEnvRecipientName = (destination: string): string => {
  const variable = destination.slice(ENV_DESTINATION_PREFIX.length);
  return `TODO: name the service ${variable} points at; if it is your own, list ${destination} under scan.firstPartyHosts instead and remove this recipient`;
};

export const toRecipientEntry = (recipient: NewRecipient): Entry => ({
  key: recipient.id,
  comments: [
    ...formatEvidence(recipient.evidence),
    ...(recipient.purposes.some((purpose) => purpose !== TODO_PURPOSE)
      ? [' its purposes are those of the fields it receives: keep only the ones it really serves']
      : []),
  ],
  values: [
    ['name', recipient.codeId.startsWith(ENV_DESTINATION_PREFIX) ? toEnvRecipientName(recipient.codeId) : getServiceName(recipient.codeId)],
    ['kind', recipient.kind],
    ['role', recipient.role],
    ['purposes', recipient.purposes],
    // Country and transfer safeguard are facts about a contract, which no code shows.
    ['safeguard', 'TODO: add `country` (ISO code) and, if it is outside the EU, the transfer safeguard; else remove this line'],
    ...(recipient.hosts.length > 0 ? [['hosts', recipient.hosts] as [string, string[]]] : []),
    ...(recipient.codeId !== recipient.id && recipient.hosts.length === 0 ? [['sdks', [recipient.codeId]] as [string, string[]]] : []),
  ],
});

export const toTodoPurposeEntry = (): Entry => ({
  key: TODO_PURPOSE,
  comments: [' added by privlint for entries whose purpose a person must decide'],
  // No legal basis: choosing one is a legal decision, and any default would be a guess that reads as settled.
  values: [['description', 'TODO: say why this data is processed, give the purpose a real id, and add its legalBasis (consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests)']],
});

export const formatValue = (value: string | string[]): string => (Array.isArray(value) ? toFlowList(value) : toScalar(value));

/** Block lines of an entry, the key at `indent`, its values one `unit` deeper. */
export function formatBlockEntry(entry: Entry, indent: string, unit: string): string {
  const lines = entry.comments.map((comment) => `${indent}#${comment}`);
  lines.push(`${indent}${entry.key}:`);
  for (const [key, value] of entry.values) lines.push(`${indent}${unit}${key}: ${formatValue(value)}`);
  return `${lines.join('\n')}\n`;
}

/** One line for flow maps: `key: { a: b, c: [d] }` (comments cannot live inside a flow map). */
export const formatFlowEntry = (entry: Entry): string =>
  `${entry.key}: { ${entry.values.map(([key, value]) => `${key}: ${formatValue(value)}`).join(', ')} }`;

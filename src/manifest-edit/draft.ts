import type { Manifest } from '../manifest/types.js';
import type { Gap, ScanResult } from '../model.js';
import { groupGaps } from '../findings/gap-groups.js';
import { suggestFieldId, suggestRecipientId } from '../problems/describe.js';
import { planAdditions, TODO_PURPOSE, uniqueId, type Evidence, type NewField } from './plan.js';
import { formatBlockEntry, formatEvidence, toFieldEntry, toRecipientEntry, toScalar, toTodoPurposeEntry, type Entry } from './render.js';

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
  /** The product's name as people know it, e.g. from the README's title. */
  name: string;
  /** Where the name came from, for the comment beside it. */
  nameSource: string;
  /** Where the editor finds the schema, relative to the manifest. */
  schemaPath: string;
  /**
   * Whether a package the scan could not follow is a third party worth drafting as a recipient: one the repository
   * declares as a runtime dependency, not its own workspace package, alias or a Node built-in. Default: every one.
   */
  isRecipientCandidate?: (name: string) => boolean;
}

/** What the draft holds, for the summary `init` prints. */
export interface DraftSummary {
  fields: number;
  recipients: number;
  /** Third-party packages privlint could not follow, drafted as recipients for a person to confirm. */
  unknownPackages: { name: string; places: number; categories: string[] }[];
  todos: number;
}

/**
 * The `privlint init` draft: every category the scan found, or saw go into a package it could not follow, as a
 * field; every third party as a recipient, unknown packages included; storage kinds from the code, never `log`
 * (logging personal data is a decision pii-in-logs should raise, not one a draft makes); and a comment above each
 * entry naming the code that justified it. What only a person knows is a TODO, and `check` fails until each is
 * replaced: the purposes and their legal basis above all, which a draft never chooses.
 */
export function createDraft(scanResult: ScanResult, options: DraftOptions): { text: string; summary: DraftSummary } {
  const additions = planAdditions(EMPTY, scanResult.findings, { logStorage: false });
  const isCandidate = options.isRecipientCandidate ?? (() => true);
  const unknown = groupGaps(scanResult.gaps).filter((group): group is typeof group & { package: string } => group.package !== undefined && isCandidate(group.package));
  const takenRecipients = new Set(additions.recipients.map((recipient) => recipient.id));
  const unknownEntries = unknown.map((group) => toUnknownPackageEntry(group.package, group.gaps, takenRecipients));
  const gapFields = fieldsOnlyInGaps(
    scanResult.gaps.filter((gap) => gap.package !== undefined && isCandidate(gap.package)),
    additions.fields,
  );
  const fields = [...additions.fields, ...gapFields].sort((a, b) => (a.id < b.id ? -1 : 1));
  const unit = '  ';
  const lines = [
    `# yaml-language-server: $schema=${options.schemaPath}`,
    '# Draft written by `privlint init` from what the code does. Replace every TODO with what is true,',
    '# then run `privlint check`: it fails while a TODO is left and when code and manifest disagree.',
    'version: 1',
    'service:',
    `${unit}# ${options.nameSource}: keep it if it is the name people know the service by`,
    `${unit}name: ${toScalar(options.name)}`,
    `${unit}controller:`,
    `${unit}${unit}name: "TODO: the company or person who decides why and how the data is processed"`,
    'purposes:',
  ];
  let text = `${lines.join('\n')}\n${formatBlockEntry(toTodoPurposeEntry(), unit, unit)}`;
  const recipientEntries = [...additions.recipients.map(toRecipientEntry), ...unknownEntries].sort((a, b) => (a.key < b.key ? -1 : 1));
  if (recipientEntries.length > 0) text += `recipients:\n${recipientEntries.map((entry) => formatBlockEntry(entry, unit, unit)).join('')}`;
  text += fields.length > 0 ? `fields:\n${fields.map((field) => formatBlockEntry(toFieldEntry(field), unit, unit)).join('')}` : 'fields: {}\n';
  return {
    text,
    summary: {
      fields: fields.length,
      recipients: recipientEntries.length,
      unknownPackages: unknown.map((group) => ({ name: group.package, places: group.gaps.length, categories: group.categories })),
      todos: (text.match(/"TODO\b/g) ?? []).length,
    },
  };
}

const toGapEvidence = (gap: Gap): Evidence => ({ location: gap.location, expression: gap.expression, sink: `${gap.package ?? 'unknown code'}, not followed` });

/** A package the catalog does not know that received personal data: a recipient until a person says otherwise. */
function toUnknownPackageEntry(name: string, gaps: readonly Gap[], taken: Set<string>): Entry {
  const id = uniqueId(suggestRecipientId(name.replace(/^@/, '').replace('/', '-')), taken);
  return {
    key: id,
    comments: [
      ` ${name} is a package privlint does not know; personal data went into it here:`,
      ...formatEvidence(gaps.map(toGapEvidence)),
      ' if it keeps the data in-process, remove this entry; if it sends the data out, keep it and',
      ` declare its calls under scan.sdks (packages: [${name}]) so check can follow them`,
    ],
    values: [
      ['name', name],
      ['kind', 'other'],
      ['role', 'processor'],
      ['purposes', [TODO_PURPOSE]],
      ['safeguard', 'TODO: add `country` (ISO code) and, if it is outside the EU, the transfer safeguard; else remove this line'],
    ],
  };
}

/** Categories seen only going into code privlint could not follow: fields too, or the draft would forget them. */
function fieldsOnlyInGaps(gaps: readonly Gap[], planned: readonly NewField[]): NewField[] {
  const covered = new Set(planned.map((field) => field.category));
  const taken = new Set(planned.map((field) => field.id));
  const byCategory = new Map<string, NewField>();
  for (const gap of gaps) {
    for (const category of gap.categories) {
      if (category === 'user' || covered.has(category)) continue;
      let field = byCategory.get(category);
      if (field === undefined) {
        field = { id: uniqueId(suggestFieldId(category), taken), category, purposes: [TODO_PURPOSE], recipients: [], storage: [], source: 'user', evidence: [] };
        byCategory.set(category, field);
      }
      field.evidence.push(toGapEvidence(gap));
    }
  }
  return [...byCategory.values()];
}

import type { Location } from '../model.js';
import type { Manifest, RecipientRole, StorageKind } from '../manifest/types.js';
import type { Finding, SinkKind } from '../model.js';
import { getCoveringField } from '../problems/coverage.js';
import { toStorageKind, suggestFieldId, suggestRecipientId } from '../problems/describe.js';
import { getDestination } from '../problems/destination.js';

/** The purpose new entries get when nothing in the manifest says why; `check` warns until a person decides. */
export const TODO_PURPOSE = 'todo';

export interface Evidence {
  location: Location;
  expression: string;
  sink: string;
}

export interface NewField {
  id: string;
  category: string;
  purposes: string[];
  recipients: string[];
  storage: StorageKind[];
  source: 'user' | 'device';
  evidence: Evidence[];
}

export interface NewRecipient {
  id: string;
  /** The id code uses (catalog id or host) when it differs from `id`. */
  codeId: string;
  kind: SinkKind;
  role: RecipientRole;
  purposes: string[];
  hosts: string[];
  evidence: Evidence[];
}

export interface FieldAdditions {
  field: string;
  /** Purposes of a recipient the field newly lists, when the field shares none with it. */
  purposes: string[];
  recipients: string[];
  storage: StorageKind[];
  evidence: Evidence[];
}

/** What the code shows and the manifest lacks; `privlint init` and `check --fix` both write it. */
export interface Additions {
  fields: NewField[];
  recipients: NewRecipient[];
  fieldAdditions: FieldAdditions[];
  /** Whether the `todo` purpose must be added because a new entry refers to it. */
  todoPurpose: boolean;
}

const sorted = <T extends string>(items: Iterable<T>): T[] => [...new Set(items)].sort();
const toEvidence = (finding: Finding): Evidence => ({
  location: finding.location,
  expression: finding.expression,
  sink: finding.sink.recipient === null ? finding.sink.api : `${finding.sink.api} → ${finding.sink.recipient}`,
});

/** `base`, or `base_2`, `base_3`... whichever is not taken yet; the id returned is taken from then on. */
export const uniqueId = (base: string, taken: Set<string>): string => {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
};

/**
 * Plans the entries that make the manifest say what the code does. Purposes are chosen so that no new
 * entry causes a purpose-mismatch: a new field takes the purposes of the declared recipients it reaches,
 * a new recipient those of the declared fields it receives, and `todo` joins wherever a person must decide.
 * `log` storage is added only for a draft (`init` describes the code as it is); `--fix` never adds it to a
 * manifest a person wrote, because personal data in a log is more often a leak than a decision (pii-in-logs).
 */
export function planAdditions(manifest: Manifest, findings: readonly Finding[], options: { logStorage?: boolean } = {}): Additions {
  const keeps = (storage: StorageKind | undefined): storage is StorageKind => storage !== undefined && (storage !== 'log' || options.logStorage === true);
  const takenFieldIds = new Set(Object.keys(manifest.fields));
  const takenRecipientIds = new Set(Object.keys(manifest.recipients));
  const newRecipientIds = new Map<string, string>();
  const recipients = new Map<string, NewRecipient>();
  const fieldsByCategory = new Map<string, NewField>();
  const additions = new Map<string, FieldAdditions>();

  const sortedFindings = [...findings].sort(
    (a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.line - b.location.line || a.location.column - b.location.column),
  );
  for (const finding of sortedFindings) {
    const destination = getDestination(manifest, finding);
    let recipientId: string | undefined;
    if (destination.kind === 'declared') recipientId = destination.recipient.id;
    if (destination.kind === 'undeclared') {
      recipientId = newRecipientIds.get(destination.id) ?? uniqueId(suggestRecipientId(destination.id), takenRecipientIds);
      newRecipientIds.set(destination.id, recipientId);
      const entry =
        recipients.get(recipientId) ??
        ({
          id: recipientId,
          codeId: destination.id,
          kind: finding.sink.kind,
          role: 'processor',
          purposes: [],
          hosts: finding.sink.kind === 'http' ? [destination.id] : [],
          evidence: [],
        } satisfies NewRecipient);
      entry.evidence.push(toEvidence(finding));
      recipients.set(recipientId, entry);
    }
    const storage = toStorageKind(finding.sink.kind);
    const declared = getCoveringField(manifest, finding.category);
    if (declared === undefined) {
      const field =
        fieldsByCategory.get(finding.category) ??
        ({
          id: uniqueId(suggestFieldId(finding.category), takenFieldIds),
          category: finding.category,
          purposes: [],
          recipients: [],
          storage: [],
          source: 'device',
          evidence: [],
        } satisfies NewField);
      if (recipientId !== undefined) field.recipients = sorted([...field.recipients, recipientId]);
      if (keeps(storage)) field.storage = sorted([...field.storage, storage]);
      if (finding.sink.kind !== 'device-api') field.source = 'user';
      field.evidence.push(toEvidence(finding));
      fieldsByCategory.set(finding.category, field);
      continue;
    }
    const missingRecipient = recipientId !== undefined && !declared.recipients.includes(recipientId) ? recipientId : undefined;
    const missingStorage = keeps(storage) && !declared.storage.includes(storage) ? storage : undefined;
    if (missingRecipient === undefined && missingStorage === undefined) continue;
    const entry = additions.get(declared.id) ?? { field: declared.id, purposes: [], recipients: [], storage: [], evidence: [] };
    if (missingRecipient !== undefined) entry.recipients = sorted([...entry.recipients, missingRecipient]);
    // The code sends the field to a recipient declared for other purposes: the field serves those purposes too.
    const recipientPurposes = destination.kind === 'declared' && missingRecipient !== undefined ? destination.recipient.purposes : [];
    if (recipientPurposes.length > 0 && !recipientPurposes.some((purpose) => declared.purposes.includes(purpose))) {
      entry.purposes = sorted([...entry.purposes, ...recipientPurposes]);
    }
    if (missingStorage !== undefined) entry.storage = sorted([...entry.storage, missingStorage]);
    entry.evidence.push(toEvidence(finding));
    additions.set(declared.id, entry);
  }

  // Purposes, now that every new entry is known.
  for (const recipient of recipients.values()) {
    const purposes = new Set<string>();
    let needsDecision = false;
    for (const field of Object.values(manifest.fields)) {
      if (additions.get(field.id)?.recipients.includes(recipient.id) || field.recipients.includes(recipient.id)) {
        field.purposes.forEach((purpose) => purposes.add(purpose));
      }
    }
    for (const field of fieldsByCategory.values()) if (field.recipients.includes(recipient.id)) needsDecision = true;
    if (needsDecision || purposes.size === 0) purposes.add(TODO_PURPOSE);
    recipient.purposes = sorted(purposes);
  }
  for (const field of fieldsByCategory.values()) {
    const purposes = new Set<string>();
    let needsDecision = field.recipients.length === 0;
    for (const id of field.recipients) {
      const declared = manifest.recipients[id];
      if (declared === undefined) needsDecision = true;
      else declared.purposes.forEach((purpose) => purposes.add(purpose));
    }
    if (needsDecision || purposes.size === 0) purposes.add(TODO_PURPOSE);
    field.purposes = sorted(purposes);
  }

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);
  const fields = [...fieldsByCategory.values()].sort(byId);
  const newRecipients = [...recipients.values()].sort(byId);
  return {
    fields,
    recipients: newRecipients,
    fieldAdditions: [...additions.values()].sort((a, b) => (a.field < b.field ? -1 : 1)),
    todoPurpose:
      manifest.purposes[TODO_PURPOSE] === undefined && [...fields, ...newRecipients].some((entry) => entry.purposes.includes(TODO_PURPOSE)),
  };
}

export const isEmpty = (additions: Additions): boolean =>
  additions.fields.length === 0 && additions.recipients.length === 0 && additions.fieldAdditions.length === 0 && !additions.todoPurpose;

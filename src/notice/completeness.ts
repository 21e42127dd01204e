import { PrivlintError, formatLocation, type Diagnostic } from '../errors.js';
import type { Location } from '../model.js';
import { findLegalProblems } from '../manifest/legal.js';
import type { Manifest } from '../manifest/types.js';
import { findTodoMarkers } from '../manifest/todo-markers.js';
import { getTransferMechanism, needsTransferMechanism } from './transfers.js';
import type { ManifestPath } from './warnings.js';

/** One thing a notice would have to leave blank. */
export interface ManifestHole {
  path: ManifestPath;
  message: string;
}

export interface ManifestSource {
  locate: (path: ManifestPath) => Location;
}

const LEGAL_BASIS_LIST = 'consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests';

/**
 * What a GDPR Art. 13/14 notice needs and the manifest does not say. The schema keeps these keys optional so a
 * first draft validates; a notice or a regulator's form with holes in it would mislead, so they are checked here.
 */
export function findManifestHoles(manifest: Manifest): ManifestHole[] {
  const holes: ManifestHole[] = [];
  const { controller } = manifest.service;
  if (!controller.email && !controller.address && !controller.phone && !controller.url) {
    holes.push({
      path: ['service', 'controller'],
      message:
        'service.controller has no contact details; add service.controller.email or .address so people can reach whoever is responsible (Art. 13(1)(a) GDPR)',
    });
  }
  for (const id of sortedKeys(manifest.purposes)) {
    const purpose = manifest.purposes[id];
    if (!purpose) continue;
    if (!purpose.legalBasis) {
      holes.push({
        path: ['purposes', id],
        message: `purposes.${id} has no legal basis; add purposes.${id}.legalBasis (${LEGAL_BASIS_LIST})`,
      });
    } else if (purpose.legalBasis === 'legitimate-interests' && !purpose.legitimateInterest) {
      holes.push({
        path: ['purposes', id, 'legalBasis'],
        message: `purposes.${id} relies on legitimate interests but does not say which; add purposes.${id}.legitimateInterest describing the interest pursued (Art. 13(1)(d) GDPR)`,
      });
    }
  }
  for (const id of sortedKeys(manifest.recipients)) {
    const recipient = manifest.recipients[id];
    if (!recipient) continue;
    if (!recipient.country) {
      holes.push({
        path: ['recipients', id],
        message: `recipients.${id} has no country; add recipients.${id}.country (an ISO code such as US or DE) so the notice can say where the data goes`,
      });
    } else if (needsTransferMechanism(recipient) && getTransferMechanism(recipient) === undefined) {
      holes.push({
        path: ['recipients', id, 'country'],
        message: `recipients.${id} is in ${recipient.country}, a third country outside the EU/EEA, but names no transfer mechanism; add recipients.${id}.transferMechanism (adequacy-decision, data-privacy-framework, standard-contractual-clauses, binding-corporate-rules or derogation) (Art. 13(1)(f), 44-49 GDPR)`,
      });
    }
    if (recipient.role === 'joint-controller' && recipient.jointControllerArrangement === undefined) {
      holes.push({
        path: ['recipients', id, 'role'],
        message: `recipients.${id} is a joint controller, but the manifest does not give the essence of the arrangement; add recipients.${id}.jointControllerArrangement (who informs people, who answers their requests) (Art. 26(2) GDPR)`,
      });
    }
    recipient.purposes.forEach((purposeId, index) => {
      if (!manifest.purposes[purposeId]) {
        holes.push({
          path: ['recipients', id, 'purposes', index],
          message: `recipients.${id}.purposes[${index}] names "${purposeId}", which is not defined under purposes; define it or remove the reference`,
        });
      }
    });
  }
  for (const id of sortedKeys(manifest.fields)) {
    const field = manifest.fields[id];
    if (!field) continue;
    if (field.purposes.length === 0) {
      holes.push({
        path: ['fields', id],
        message: `fields.${id} has no purpose; list at least one purpose id under fields.${id}.purposes so the notice can say why it is used`,
      });
    }
    field.purposes.forEach((purposeId, index) => {
      if (!manifest.purposes[purposeId]) {
        holes.push({
          path: ['fields', id, 'purposes', index],
          message: `fields.${id}.purposes[${index}] names "${purposeId}", which is not defined under purposes; define it or remove the reference`,
        });
      }
    });
    field.recipients.forEach((recipientId, index) => {
      if (!manifest.recipients[recipientId]) {
        holes.push({
          path: ['fields', id, 'recipients', index],
          message: `fields.${id}.recipients[${index}] names "${recipientId}", which is not defined under recipients; define it or remove the reference`,
        });
      }
    });
    if (isBlank(field.retention)) {
      holes.push({
        path: ['fields', id],
        message: `fields.${id} has no retention; add fields.${id}.retention saying how long it is kept, or the criteria that decide it (Art. 13(2)(a) GDPR)`,
      });
    }
    if (field.source === 'third-party' && isBlank(field.sourceDescription)) {
      holes.push({
        path: ['fields', id, 'source'],
        message: `fields.${id} comes from a third party but does not say which; add fields.${id}.sourceDescription naming the source (Art. 14(2)(f) GDPR)`,
      });
    }
  }
  for (const problem of findLegalProblems(manifest)) holes.push({ path: problem.path, message: problem.message });
  return holes;
}

/**
 * What `notice`, `export` and the library's renderNotice/exportManifest require before they write anything a
 * person reads: no TODO left by `init` or `--fix` (it would be published word for word), then no hole.
 */
export function assertManifestPublishable(manifest: Manifest, source?: ManifestSource & { file: string }): void {
  // A draft's TODOs first: they are what a person fills in, and filling them in closes most other holes too.
  const todos = findTodoMarkers(manifest).map(({ path, text }) => ({
    path,
    message: `${path.join('.')} is still a TODO: "${text}"; replace it with what is true`,
  }));
  throwManifestHoles(
    'E_MANIFEST_UNFINISHED',
    todos,
    source,
    (count, file) => `${file} still holds ${count} TODOs that would be published word for word; replace each place listed below with what is true, then run again.`,
  );
  assertManifestComplete(manifest, source);
}

/** Throws E_MANIFEST_INCOMPLETE (exit 2) naming every hole with its privacy.yml line and column. */
export function assertManifestComplete(manifest: Manifest, source?: ManifestSource & { file: string }): void {
  throwManifestHoles(
    'E_MANIFEST_INCOMPLETE',
    findManifestHoles(manifest),
    source,
    (count, file) => `${file} leaves ${count} things open that a privacy notice must say; fill in each place listed below and run again.`,
  );
}

/**
 * Stops the run (exit 2) when there are holes: one located sentence for one hole, else `summary` with every hole
 * listed at its privacy.yml line and column, in file order.
 */
export function throwManifestHoles(
  code: 'E_MANIFEST_INCOMPLETE' | 'E_MANIFEST_UNFINISHED',
  holes: readonly ManifestHole[],
  source: (ManifestSource & { file: string }) | undefined,
  summary: (count: number, file: string) => string,
): void {
  if (holes.length === 0) return;
  const located = holes
    .map((hole) => ({ hole, location: source?.locate(hole.path) }))
    .sort((a, b) => (a.location && b.location ? a.location.line - b.location.line || a.location.column - b.location.column : 0));
  const first = located[0];
  if (located.length === 1 && first) {
    const where = first.location ? `${formatLocation(first.location)} ` : '';
    throw new PrivlintError(code, `${where}${first.hole.message}.`);
  }
  const diagnostics: Diagnostic[] = located.map(({ hole, location }) => ({
    location: location ?? { file: source?.file ?? 'privacy.yml', line: 1, column: 1 },
    message: hole.message,
    path: [...hole.path],
    severity: 'error',
  }));
  throw new PrivlintError(code, summary(holes.length, source?.file ?? 'The manifest'), { diagnostics });
}

function isBlank(text: Manifest['fields'][string]['retention'] | undefined): boolean {
  if (text === undefined) return true;
  if (typeof text === 'string') return text.trim() === '';
  return Object.values(text).every((value) => value.trim() === '');
}

export const sortedKeys = (record: Readonly<Record<string, unknown>>): string[] => Object.keys(record).sort(compareStrings);

/** Code-point order: the same on every machine, unlike localeCompare. */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

import type { LocalizedText, Recipient, TransferMechanism } from '../manifest/types.js';
import { isInsideEea } from './countries.js';

/** Words that name a mechanism in the free-text safeguard, in English and German, most specific first. */
const MECHANISM_WORDS: readonly [TransferMechanism, RegExp][] = [
  ['data-privacy-framework', /data privacy framework|\bdpf\b|datenschutzrahmen/i],
  ['binding-corporate-rules', /binding corporate rules|\bbcrs?\b|verbindliche interne datenschutzvorschriften/i],
  ['standard-contractual-clauses', /contractual clauses|\bsccs?\b|standardvertragsklauseln|standarddatenschutzklauseln/i],
  ['adequacy-decision', /adequacy|angemessenheitsbeschlu(ss|ß)/i],
  ['derogation', /art(icle|\.)?\s*49|derogation|ausnahme/i],
];

const texts = (text: LocalizedText | undefined): string[] => (text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text));

/** What the manifest says the mechanism is, else what its safeguard text names in any language; undefined when neither. */
export function getTransferMechanism(recipient: Pick<Recipient, 'transferMechanism' | 'safeguard'>): TransferMechanism | undefined {
  if (recipient.transferMechanism !== undefined) return recipient.transferMechanism;
  for (const text of texts(recipient.safeguard)) {
    for (const [mechanism, words] of MECHANISM_WORDS) if (words.test(text)) return mechanism;
  }
  return undefined;
}

/** A transfer needs a mechanism when the recipient processes the data outside the EU/EEA. */
export const needsTransferMechanism = (recipient: Pick<Recipient, 'country'>): boolean => recipient.country !== '' && !isInsideEea(recipient.country);

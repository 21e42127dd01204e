import { getSpecialCategoryKind } from '../taxonomy/index.js';
import type { AutomatedDecisionBasis, LegalBasis, Manifest, Purpose } from './types.js';

/** A rule of the GDPR the manifest breaks as written: the notice cannot state a lawful basis for it. */
export interface LegalProblem {
  article: 'Art. 9' | 'Art. 22';
  path: readonly (string | number)[];
  message: string;
}

const sorted = (record: Readonly<Record<string, unknown>>): string[] => Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The Art. 22(2) exception a legal basis implies; ordinary consent is not the explicit consent 22(2)(c) asks for. */
const IMPLIED_DECISION_BASIS: Partial<Record<LegalBasis, AutomatedDecisionBasis>> = {
  contract: 'contract',
  'legal-obligation': 'authorised-by-law',
  'public-task': 'authorised-by-law',
};

/** Which Art. 6(1) bases each Art. 22(2) exception fits with. */
const DECISION_BASIS_FITS: Readonly<Record<AutomatedDecisionBasis, readonly LegalBasis[]>> = {
  contract: ['contract'],
  'authorised-by-law': ['legal-obligation', 'public-task'],
  'explicit-consent': ['consent'],
};

/**
 * Art. 9(2) and Art. 22(2)/(4) checks on a loaded manifest. `validate`, `notice` and `export` treat each as an
 * error; `check` reports them through the special-category-basis and automated-decision-basis rules.
 */
export function findLegalProblems(manifest: Manifest): LegalProblem[] {
  const problems: LegalProblem[] = [];
  const specialPurposes = new Map<string, string>();
  for (const fieldId of sorted(manifest.fields)) {
    const field = manifest.fields[fieldId];
    const kind = field ? getSpecialCategoryKind(field.category) : undefined;
    if (!field || !kind) continue;
    field.purposes.forEach((purposeId, index) => {
      const purpose = manifest.purposes[purposeId];
      if (!purpose) return;
      if (!specialPurposes.has(purposeId)) specialPurposes.set(purposeId, `fields.${fieldId} (${kind})`);
      if (purpose.specialCategoryGround !== undefined) return;
      const consent = purpose.legalBasis === 'consent' ? ' Ordinary consent (Art. 6(1)(a)) is not enough: Art. 9(2)(a) asks for explicit consent.' : '';
      problems.push({
        article: 'Art. 9',
        path: ['fields', fieldId, 'purposes', index],
        message: `fields.${fieldId} is special-category data (${kind}, GDPR Art. 9(1)) used for purposes.${purposeId}, which names no Art. 9(2) condition (legal basis ${purpose.legalBasis}).${consent} Set purposes.${purposeId}.specialCategoryGround (explicit-consent, health-or-social-care, employment-social-security, ...) or stop using the data for it`,
      });
    });
  }
  for (const purposeId of sorted(manifest.purposes)) {
    const purpose = manifest.purposes[purposeId];
    if (purpose?.automatedDecision) problems.push(...checkAutomatedDecision(purposeId, purpose, specialPurposes.get(purposeId)));
  }
  return problems;
}

function checkAutomatedDecision(id: string, purpose: Purpose, specialField: string | undefined): LegalProblem[] {
  // A draft's purpose has no legal basis yet: its TODO stops the gate, and notice and export ask for the basis first.
  if (purpose.legalBasis === undefined) return [];
  const legalBasis = purpose.legalBasis;
  const declared = purpose.automatedDecision?.basis;
  const basis = declared ?? IMPLIED_DECISION_BASIS[legalBasis];
  const problems: LegalProblem[] = [];
  if (basis === undefined) {
    const why =
      purpose.legalBasis === 'consent'
        ? 'ordinary consent is not enough: Art. 22(2)(c) asks for explicit consent; if the consent you collect is explicit, set purposes.' + id + '.automatedDecision.basis: explicit-consent'
        : `Art. 22(2) allows such a decision only when it is necessary for a contract, authorised by law, or based on explicit consent, never on ${purpose.legalBasis}; base the purpose on one of those (automatedDecision.basis: contract, authorised-by-law or explicit-consent) or let a person take the decision`;
    problems.push({
      article: 'Art. 22',
      path: ['purposes', id, 'automatedDecision'],
      message: `purposes.${id} makes a decision based solely on automated processing (GDPR Art. 22(1)) with legal basis ${purpose.legalBasis}; ${why}`,
    });
  } else if (declared !== undefined && !DECISION_BASIS_FITS[declared].includes(legalBasis)) {
    problems.push({
      article: 'Art. 22',
      path: ['purposes', id, 'automatedDecision', 'basis'],
      message: `purposes.${id}.automatedDecision.basis is ${declared} (GDPR Art. 22(2)), but the purpose's legal basis is ${purpose.legalBasis}; use legalBasis ${DECISION_BASIS_FITS[declared].join(' or ')} with it, or pick the Art. 22(2) exception that matches`,
    });
  }
  const ground = purpose.specialCategoryGround;
  if (specialField !== undefined && ground !== 'explicit-consent' && ground !== 'substantial-public-interest') {
    problems.push({
      article: 'Art. 22',
      path: ['purposes', id, 'automatedDecision'],
      message: `purposes.${id} makes an automated decision using special-category data (${specialField}); GDPR Art. 22(4) allows that only with explicit consent (Art. 9(2)(a)) or for a substantial public interest laid down by law (Art. 9(2)(g)): set purposes.${id}.specialCategoryGround to explicit-consent or substantial-public-interest, or keep that data out of the decision`,
    });
  }
  return problems;
}

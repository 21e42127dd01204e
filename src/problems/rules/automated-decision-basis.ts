import { findLegalProblems } from '../../manifest/legal.js';
import type { ProblemDraft, Rule } from './types.js';

export const automatedDecisionBasis: Rule = {
  meta: {
    id: 'automated-decision-basis',
    defaultSeverity: 'error',
    description: 'A purpose makes a decision based solely on automated processing without an Art. 22(2) exception (or, with special-category data, without Art. 22(4)).',
    help: 'GDPR Art. 22(2) allows such decisions only when necessary for a contract, authorised by law, or based on explicit consent, never on legitimate interests; with special-category data Art. 22(4) asks for explicit consent or a substantial public interest. Set `automatedDecision.basis` and a matching `legalBasis`, or let a person take the decision.',
  },
  check({ loaded }) {
    return findLegalProblems(loaded.manifest)
      .filter((problem) => problem.article === 'Art. 22')
      .map((problem): ProblemDraft => {
        const purposeId = String(problem.path[1]);
        return {
          rule: 'automated-decision-basis',
          location: loaded.locate(problem.path),
          category: null,
          field: null,
          recipient: null,
          subject: problem.path.join('.'),
          message: `${problem.message.slice(0, problem.message.indexOf(';'))}.`,
          help: problem.message.slice(problem.message.indexOf(';') + 2),
          manifestLocation: loaded.locate(['purposes', purposeId, 'legalBasis']),
          confidence: 'high',
        };
      });
  },
};

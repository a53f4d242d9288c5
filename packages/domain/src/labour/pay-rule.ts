import type { AgreementClause, LabourAgreement } from './labour-agreement.js';
import type { PayRule } from './pay-line.js';

/** The rule a pay line names: the agreement and one of its clauses. */
export const payRule = (agreement: LabourAgreement, clause: AgreementClause): PayRule => ({
  agreementId: agreement.id,
  clauseId: clause.id,
  words: clause.words,
  source: clause.source,
});

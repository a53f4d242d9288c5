import type { Department } from '../production/departments.js';
import { DomainError } from '../shared/domain-error.js';
import type { PersonId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { LabourAgreement } from './labour-agreement.js';
import type { LabourRate } from './timecard-day.js';

/**
 * A person's deal on a production: the agreement their time is paid under (by id and contract year), their
 * rate, the department whose head signs their cards (none for cast), what they are called on the crew list,
 * and the budget account their pay posts to.
 */
export type LabourDeal = {
  readonly personId: PersonId;
  readonly agreementId: string;
  readonly agreementYear: number;
  readonly rate: LabourRate;
  readonly department: Department | null;
  readonly title: string;
  readonly accountNumber: string;
};

/** The agreement a deal names, from those the production offers; a deal naming no known one is refused. */
export const agreementOfDeal = (
  agreements: readonly LabourAgreement[],
  deal: Pick<LabourDeal, 'agreementId' | 'agreementYear'>,
): Result<LabourAgreement> => {
  const found = agreements.find((a) => a.id === deal.agreementId && a.year === deal.agreementYear);
  return found === undefined
    ? err(
        new DomainError(
          'validation',
          `No agreement ${deal.agreementId} for ${deal.agreementYear}; choose one of the production’s agreements`,
        ),
      )
    : ok(found);
};

/** Why a deal cannot be paid, or null: its agreement exists, its rate is in the agreement's currency. */
export const labourDealProblem = (
  agreements: readonly LabourAgreement[],
  deal: LabourDeal,
): DomainError | null => {
  const agreement = agreementOfDeal(agreements, deal);
  if (!agreement.ok) return agreement.error;
  if (deal.rate.currency !== agreement.value.currency) {
    return new DomainError(
      'validation',
      `${agreement.value.name} pays in ${agreement.value.currency}; the rate is in ${deal.rate.currency}`,
    );
  }
  if (deal.accountNumber.trim() === '') {
    return new DomainError('validation', 'Name the budget account the pay posts to');
  }
  return null;
};

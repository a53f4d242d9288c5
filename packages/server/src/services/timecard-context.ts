import {
  addDays,
  agreementOfDeal,
  calendarDate,
  computeTimecard,
  DEFAULT_LABOUR_AGREEMENTS,
  DomainError,
  ok,
  workweekStart,
  type Assignment,
  type CalendarDate,
  type ComputedTimecard,
  type LabourAgreement,
  type PersonId,
  type ProductionId,
  type Result,
  type TimecardDay,
  type TimecardSubject,
} from '@greenlight/domain';
import type { Repositories, StoredLabourDeal, StoredTimecard } from '@greenlight/db';

/** The agreements every production offers (agreements are data; a production's own come later). */
export const productionAgreements = (): readonly LabourAgreement[] => DEFAULT_LABOUR_AGREEMENTS;

/** Whose card it is, for the approval chain: the deal's department, and whether they head it. */
export const timecardSubject = (
  personId: PersonId,
  deal: StoredLabourDeal | null,
  assignments: readonly Assignment[],
): TimecardSubject => {
  const department = deal?.department ?? null;
  return {
    personId,
    department,
    isDepartmentHead:
      department !== null &&
      assignments.some(
        (a) =>
          a.personId === personId && a.role === 'department-head' && a.department === department,
      ),
  };
};

/** The deal and its agreement; a person without a deal has no timecard yet. */
export const mustHaveDeal = async (
  repos: Repositories,
  productionId: ProductionId,
  personId: PersonId,
): Promise<{ deal: StoredLabourDeal; agreement: LabourAgreement }> => {
  const deal = await repos.timecards.getDeal(productionId, personId);
  if (deal === null) {
    throw new DomainError(
      'validation',
      'This person has no deal yet: the production office sets their agreement, rate and account first',
    );
  }
  const agreement = agreementOfDeal(productionAgreements(), deal);
  if (!agreement.ok) throw agreement.error;
  return { deal, agreement: agreement.value };
};

/** Refuses a week start that does not start the agreement's workweek (a card is one workweek). */
export const mustBeWorkweekStart = (
  agreement: LabourAgreement,
  weekStartText: string,
): CalendarDate => {
  const weekStart = calendarDate(weekStartText);
  if (workweekStart(weekStart, agreement.workweekStartsOn) !== weekStart) {
    throw new DomainError(
      'validation',
      `${agreement.name} weeks start on ${workweekStart(weekStart, agreement.workweekStartsOn)}, not ${weekStart}`,
    );
  }
  return weekStart;
};

/** Days outside the card's week are refused before anything is stored. */
export const daysOutsideWeek = (
  weekStart: CalendarDate,
  days: readonly TimecardDay[],
): DomainError | null => {
  const last = addDays(weekStart, 6);
  const outside = days.find((d) => d.date < weekStart || d.date > last);
  return outside === undefined
    ? null
    : new DomainError(
        'validation',
        `${outside.date} is not in the week of ${weekStart} (to ${last})`,
      );
};

/**
 * Works out a card under the deal, with last week's card's wrap for the first day's turnaround. A week
 * without days, or with times out of order, is an error result (shown as the card's problem).
 */
export const computeStoredCard = async (
  repos: Repositories,
  productionId: ProductionId,
  agreement: LabourAgreement,
  deal: StoredLabourDeal,
  personId: PersonId,
  weekStart: CalendarDate,
  days: readonly TimecardDay[],
): Promise<Result<ComputedTimecard>> => {
  const previous: StoredTimecard | null = await repos.timecards.getCard(
    productionId,
    personId,
    addDays(weekStart, -7),
  );
  let previousWrap = null;
  if (previous !== null && previous.days.length > 0) {
    const before = computeTimecard(agreement, previous.days, deal.rate);
    if (before.ok) previousWrap = before.value.lastWrap;
  }
  return computeTimecard(agreement, days, deal.rate, { previousWrap });
};

/** The deal's agreement, or null for no deal (or one naming an agreement no longer offered). */
export const agreementOrNull = (deal: StoredLabourDeal | null): LabourAgreement | null => {
  if (deal === null) return null;
  const found = agreementOfDeal(productionAgreements(), deal);
  return found.ok ? found.value : null;
};

/**
 * A stored card's pay: as approved, for an approved card (a later change of the deal never changes it),
 * else worked out now under the deal.
 */
export const payOfCard = async (
  repos: Repositories,
  productionId: ProductionId,
  agreement: LabourAgreement,
  deal: StoredLabourDeal,
  card: StoredTimecard,
): Promise<Result<ComputedTimecard>> =>
  card.approvedPay !== null
    ? ok(card.approvedPay)
    : computeStoredCard(
        repos,
        productionId,
        agreement,
        deal,
        card.personId,
        card.weekStart,
        card.days,
      );

import type { CalendarDate } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import type { PersonId } from '../shared/ids.js';
import { minorUnits, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import type { ComputedTimecard } from './compute-timecard.js';
import type { PayLineKind } from './pay-line.js';
import type { TimecardApproval } from './timecard-approval.js';

/** One approved card and where its pay goes in the budget. */
export type LabourPosting = {
  readonly personId: PersonId;
  /** The person's budget account (their deal's line, e.g. 3300 Camera). */
  readonly accountNumber: string;
  /** Lines of these kinds go to another account instead (e.g. overtime to 1410). */
  readonly accountsByKind?: Readonly<Partial<Record<PayLineKind, string>>>;
  readonly timecard: ComputedTimecard;
  readonly approval: TimecardApproval;
};

/** What one account spent on labour on one date. */
export type LabourActual = {
  readonly accountNumber: string;
  readonly date: CalendarDate;
  readonly amount: MinorUnits;
};

export type LabourActuals = {
  readonly currency: CurrencyCode | null;
  /** Per account and date, ordered by account then date. */
  readonly entries: readonly LabourActual[];
  /** Per account, ordered by account number. */
  readonly byAccount: readonly { readonly accountNumber: string; readonly amount: MinorUnits }[];
  /** Equal to the sum of the cards, of the accounts and of the entries, to the minor unit. */
  readonly total: MinorUnits;
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Approved labour as actuals per budget account. Nothing is rounded here: every pay line's amount goes
 * whole to one account on its date, so the accounts add up to the cards exactly. A card not yet approved,
 * or cards in different currencies, are refused rather than posted in part.
 */
export const postLabourActuals = (postings: readonly LabourPosting[]): Result<LabourActuals> => {
  const currency = postings[0]?.timecard.currency ?? null;
  const cells = new Map<string, { accountNumber: string; date: CalendarDate; amount: number }>();
  let total = 0;
  for (const posting of postings) {
    if (posting.approval.status !== 'approved') {
      return err(
        new DomainError(
          'conflict',
          `The timecard of the week of ${posting.timecard.weekStart} is not approved; only approved labour is posted`,
          { personId: posting.personId, weekStart: posting.timecard.weekStart },
        ),
      );
    }
    if (posting.timecard.currency !== currency) {
      return err(new DomainError('validation', 'Labour is posted in one currency at a time'));
    }
    for (const line of posting.timecard.lines) {
      const accountNumber = posting.accountsByKind?.[line.kind] ?? posting.accountNumber;
      const key = `${accountNumber}\u0000${line.date}`;
      const cell = cells.get(key);
      if (cell) cell.amount += line.amount;
      else cells.set(key, { accountNumber, date: line.date, amount: line.amount });
      total += line.amount;
    }
  }
  const entries = [...cells.values()]
    .sort((a, b) => compareText(a.accountNumber, b.accountNumber) || compareText(a.date, b.date))
    .map((e) => ({ accountNumber: e.accountNumber, date: e.date, amount: minorUnits(e.amount) }));
  const accounts = new Map<string, number>();
  for (const entry of entries) {
    accounts.set(entry.accountNumber, (accounts.get(entry.accountNumber) ?? 0) + entry.amount);
  }
  return ok({
    currency,
    entries,
    byAccount: [...accounts].map(([accountNumber, amount]) => ({
      accountNumber,
      amount: minorUnits(amount),
    })),
    total: minorUnits(total),
  });
};

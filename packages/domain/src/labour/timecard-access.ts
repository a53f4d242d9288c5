import type { ActionId } from '../authority/action-catalog.js';
import type { AuthoritySnapshot } from '../authority/authority-snapshot.js';
import { decide } from '../authority/decide.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { PersonId } from '../shared/ids.js';
import type { TimecardApprovalStepId, TimecardSubject } from './timecard-approval.js';

/** The matrix action each step of the approval chain exercises. */
export const TIMECARD_STEP_ACTIONS: Readonly<Record<TimecardApprovalStepId, ActionId>> = {
  'crew-member': 'timecard.enter',
  'department-head': 'timecard.approve-department',
  'production-manager': 'timecard.approve-production',
  'production-accountant': 'timecard.approve-accounting',
};

/** Actions whose holders see every card of the production: the production office and accounting. */
const SEES_EVERY_CARD: readonly ActionId[] = [
  'timecard.enter-for-others',
  'timecard.approve-production',
  'timecard.approve-accounting',
  'payroll.export',
];

/**
 * Entering times on your own card is `timecard.enter`; on anyone else's it is the production office's
 * `timecard.enter-for-others` (a day player's paper card, a correction).
 */
export const timecardEntryAction = (enteredBy: PersonId, subject: PersonId): ActionId =>
  enteredBy === subject ? 'timecard.enter' : 'timecard.enter-for-others';

const allows = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  action: ActionId,
  today: CalendarDate,
  subject?: TimecardSubject,
): boolean =>
  decide(snapshot, personId, action, {
    today,
    ...(subject?.department ? { department: subject.department } : {}),
  }).outcome === 'allow';

/** Whether `viewer` sees every card of the production (the office and accounting). */
export const seesEveryTimecard = (
  snapshot: AuthoritySnapshot,
  viewer: PersonId,
  today: CalendarDate,
): boolean => SEES_EVERY_CARD.some((action) => allows(snapshot, viewer, action, today));

/**
 * Whose cards a person sees: their own (with `timecard.view`), their department's when they approve for it,
 * everyone's for the production office and accounting. Pay is private: nobody else sees a card.
 */
export const mayViewTimecard = (
  snapshot: AuthoritySnapshot,
  viewer: PersonId,
  subject: TimecardSubject,
  today: CalendarDate,
): boolean => {
  if (!allows(snapshot, viewer, 'timecard.view', today)) return false;
  if (viewer === subject.personId) return true;
  if (
    subject.department !== null &&
    allows(snapshot, viewer, 'timecard.approve-department', today, subject)
  ) {
    return true;
  }
  return seesEveryTimecard(snapshot, viewer, today);
};

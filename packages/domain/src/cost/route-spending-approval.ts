import type { ActionId } from '../authority/action-catalog.js';
import type { AuthoritySnapshot } from '../authority/authority-snapshot.js';
import { holderName, listPhrase, money } from '../authority/authority-wording.js';
import type { AuthorityBasis } from '../authority/decision.js';
import { approvalStanding, type ApprovalSubject } from '../authority/eligible-to-approve.js';
import { assignmentsOf } from '../production/assignments-of.js';
import type { Role } from '../production/roles.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import type { SpendingApproval } from './spending-document.js';

/**
 * Spending documents are decided under the catalog's `expenditure.commit`: the same rule, limits, department
 * scope, delegations and final say as the expenditures they generalise.
 */
export const SPENDING_ACTION: ActionId = 'expenditure.commit';

/**
 * The order sign-offs climb, lowest first (issue 6's default): the department head of the document's
 * department, then the production manager, unit production manager or line producer, then the producers,
 * then the executive producer. The matrix decides who holds `expenditure.commit` and with what limit; the
 * ladder only orders them. A decider whose role is on no rung comes after the ladder.
 */
export const DEFAULT_SPENDING_LADDER: readonly (readonly Role[])[] = [
  ['department-head'],
  ['production-manager', 'unit-production-manager', 'line-producer'],
  ['producer', 'co-producer', 'senior-producer'],
  ['executive-producer'],
];

/** Someone who may sign the document now: within their limit (`covers`) or above it (a sign-off that escalates). */
export type SpendingSigner = {
  readonly personId: PersonId;
  readonly basis: AuthorityBasis;
  readonly covers: boolean;
  readonly rung: number;
};

export type SpendingRoute =
  | { readonly state: 'approved'; readonly approvedBy: PersonId }
  | {
      readonly state: 'pending';
      /** Whom it waits on now: anyone of them may sign. */
      readonly nextApprovers: readonly PersonId[];
      /** "Waiting for the unit production manager or line producer", for the inbox. */
      readonly reason: string;
    }
  | { readonly state: 'no-approver'; readonly reason: string };

const rungOf = (ladder: readonly (readonly Role[])[], role: Role): number => {
  const rung = ladder.findIndex((roles) => roles.includes(role));
  return rung === -1 ? ladder.length : rung;
};

// null is no limit, above any amount.
const isAbove = (limit: MinorUnits | null, floor: number): boolean =>
  limit === null || limit > floor;

/**
 * How a person stands on signing this document, from the authority engine's `approvalStanding` (the
 * requester is never a signer; delegations and department scope apply as for any request). Null when they
 * may not sign it at all.
 */
export const spendingSigner = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  subject: ApprovalSubject,
  today: CalendarDate,
  ladder: readonly (readonly Role[])[] = DEFAULT_SPENDING_LADDER,
): SpendingSigner | null => {
  const standing = approvalStanding(snapshot, personId, subject, today);
  if (standing.kind !== 'eligible' && standing.kind !== 'over-limit') return null;
  return {
    personId,
    basis: standing.basis,
    covers: standing.kind === 'eligible',
    rung: rungOf(ladder, standing.basis.role),
  };
};

const candidates = (snapshot: AuthoritySnapshot): PersonId[] => [
  ...new Set([
    ...snapshot.assignments
      .filter((a) => a.productionId === snapshot.productionId)
      .map((a) => a.personId),
    ...snapshot.delegations.map((d) => d.toPersonId),
  ]),
];

/**
 * Where a submitted document stands and whom it waits on. Approved once anyone other than the requester has
 * signed it within their signing limit. Otherwise it waits on the lowest rung, at or above the requester's
 * own and above every sign-off so far, holding someone who has not signed yet and whose limit is above the
 * best limit already signed with (so each sign-off adds authority); failing that (nobody is above the
 * requester), the most senior rung of people whose limit covers it. No-approver when nobody left on the production can cover the amount.
 */
export const routeSpendingApproval = (
  snapshot: AuthoritySnapshot,
  subject: ApprovalSubject,
  approvals: readonly SpendingApproval[],
  today: CalendarDate,
  ladder: readonly (readonly Role[])[] = DEFAULT_SPENDING_LADDER,
): SpendingRoute => {
  const covering = approvals.find((a) => a.covers && a.personId !== subject.requestedBy);
  if (covering) return { state: 'approved', approvedBy: covering.personId };

  const signed = new Set(approvals.map((a) => a.personId));
  const requesterRungs = assignmentsOf(
    snapshot.assignments,
    snapshot.productionId,
    subject.requestedBy,
  )
    .map((a) => rungOf(ladder, a.role))
    .filter((rung) => rung < ladder.length);
  let floorRung = Math.max(0, ...requesterRungs);
  let bestLimit = -1;
  for (const approval of approvals) {
    floorRung = Math.max(floorRung, rungOf(ladder, approval.basis.role));
    if (approval.basis.limit !== null) bestLimit = Math.max(bestLimit, approval.basis.limit);
  }

  const signers = candidates(snapshot)
    .filter((p) => !signed.has(p))
    .map((p) => spendingSigner(snapshot, p, subject, today, ladder))
    .filter((s): s is SpendingSigner => s !== null);
  const climbing = signers.filter((s) => s.rung >= floorRung && isAbove(s.basis.limit, bestLimit));
  const lowest = Math.min(...climbing.map((s) => s.rung));
  let next = climbing.filter((s) => s.rung === lowest);
  if (next.length === 0) {
    // Nobody above the requester (the executive producer's own purchase order): the most senior who covers it.
    const covers = signers.filter((s) => s.covers);
    const highest = Math.max(...covers.map((s) => s.rung));
    next = covers.filter((s) => s.rung === highest);
  }

  const amount = subject.amount === null ? '' : money(subject.amount, snapshot.currency);
  if (next.length === 0) {
    return {
      state: 'no-approver',
      reason: `Nobody on the production who has not signed yet may approve ${amount}`,
    };
  }
  const names = [...new Set(next.map((s) => `the ${holderName(s.basis, snapshot.isSeries)}`))];
  return {
    state: 'pending',
    nextApprovers: next.map((s) => s.personId),
    reason: `${amount} waits for ${listPhrase(names, 'or')}`,
  };
};

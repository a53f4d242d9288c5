import { chainOfCommand } from '../production/chain-of-command.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Role } from '../production/roles.js';
import type { PersonId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { actionDefinition, type ActionId } from './action-catalog.js';
import { activeDelegationsTo } from './active-delegations.js';
import type { ApprovalRequest } from './approval-request.js';
import type { AuthoritySnapshot } from './authority-snapshot.js';
import {
  actionPhrase,
  decisionAreaPhrase,
  holderName,
  listPhrase,
  money,
  roleName,
} from './authority-wording.js';
import { approvalStanding, type ApprovalSubject } from './eligible-to-approve.js';

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

const productionAssignments = (snapshot: AuthoritySnapshot) =>
  snapshot.assignments.filter((a) => a.productionId === snapshot.productionId);

/** Delegates who hold `action` for `personId` today. */
const delegatesOf = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  action: ActionId,
  today: CalendarDate,
): PersonId[] =>
  snapshot.delegations
    .filter((d) => d.fromPersonId === personId)
    .filter((d) => activeDelegationsTo(snapshot, d.toPersonId, today, action).includes(d))
    .map((d) => d.toPersonId);

/**
 * Everyone who may decide the request right now, in a stable order (team order, then delegates). Candidates
 * are the people on the production and the delegates holding the action today.
 */
export const eligibleApprovers = (
  snapshot: AuthoritySnapshot,
  subject: ApprovalSubject,
  today: CalendarDate,
): readonly PersonId[] => {
  const candidates = unique([
    ...productionAssignments(snapshot).map((a) => a.personId),
    ...snapshot.delegations.map((d) => d.toPersonId),
  ]);
  return candidates.filter(
    (p) => approvalStanding(snapshot, p, subject, today).kind === 'eligible',
  );
};

/** The role with the final say over the action's decision area (the matrix's `finalSay`). */
export const finalSayRole = (snapshot: AuthoritySnapshot, action: ActionId): Role =>
  snapshot.matrix.finalSay[actionDefinition(action).decisionArea];

/** People holding the final-say role for the action's decision area, in team order. */
export const finalSayHolders = (
  snapshot: AuthoritySnapshot,
  action: ActionId,
): readonly PersonId[] => {
  const role = finalSayRole(snapshot, action);
  return unique(
    productionAssignments(snapshot)
      .filter((a) => a.role === role)
      .map((a) => a.personId),
  );
};

/**
 * The requester's chain of command as people, nearest level first. A person stands at the nearest level they
 * are reached; the active delegates of the people at a level stand beside them (a producer away for the week
 * is covered by whoever holds their authority). The requester is never in it.
 */
const chainLevels = (
  snapshot: AuthoritySnapshot,
  subject: ApprovalSubject,
  today: CalendarDate,
): PersonId[][] => {
  const placed = new Set<PersonId>([subject.requestedBy]);
  const levels: PersonId[][] = [];
  for (const level of chainOfCommand(productionAssignments(snapshot), subject.requestedBy)) {
    const holders = unique(level.map((a) => a.personId));
    const people = unique([
      ...holders,
      ...holders.flatMap((p) => delegatesOf(snapshot, p, subject.action, today)),
    ]).filter((p) => !placed.has(p));
    for (const p of people) placed.add(p);
    levels.push(people);
  }
  return levels;
};

/**
 * Whom a request goes to first: the eligible people at the nearest level up the requester's chain of command;
 * failing that, the eligible holders of the final say; failing that, anyone eligible. Empty when nobody on
 * the production may decide it.
 */
export const routeApprovers = (
  snapshot: AuthoritySnapshot,
  subject: ApprovalSubject,
  today: CalendarDate,
): readonly PersonId[] => {
  const eligible = eligibleApprovers(snapshot, subject, today);
  if (eligible.length === 0) return [];
  const isEligible = (p: PersonId): boolean => eligible.includes(p);
  for (const level of chainLevels(snapshot, subject, today)) {
    const here = level.filter(isEligible);
    if (here.length > 0) return here;
  }
  const finalSay = finalSayHolders(snapshot, subject.action).filter(isEligible);
  return finalSay.length > 0 ? finalSay : eligible;
};

/**
 * Where an escalation sends the request: the next level above the people it is routed to in the requester's
 * chain that has someone eligible, and past the top of the chain the eligible final-say holders. Each step
 * goes strictly higher, so repeated escalation always ends: with the final say, or refused.
 */
export const escalationTargets = (
  snapshot: AuthoritySnapshot,
  request: ApprovalSubject & Pick<ApprovalRequest, 'routedTo'>,
  today: CalendarDate,
): Result<readonly PersonId[], string> => {
  const definition = actionDefinition(request.action);
  const finalSayRole = snapshot.matrix.finalSay[definition.decisionArea];
  const holders = finalSayHolders(snapshot, request.action);
  if (request.routedTo.length > 0 && request.routedTo.every((p) => holders.includes(p))) {
    return err(
      `The request is already with the ${roleName(finalSayRole, snapshot.isSeries)}, who has the final say on ${decisionAreaPhrase(definition.decisionArea)}`,
    );
  }
  const eligible = eligibleApprovers(snapshot, request, today);
  const isEligible = (p: PersonId): boolean => eligible.includes(p);
  const levels = chainLevels(snapshot, request, today);
  const current = Math.max(
    -1,
    ...request.routedTo.map((p) => levels.findIndex((level) => level.includes(p))),
  );
  for (const level of levels.slice(current + 1)) {
    const here = level.filter((p) => isEligible(p) && !request.routedTo.includes(p));
    if (here.length > 0) return ok(here);
  }
  const finalSay = holders.filter(isEligible);
  if (finalSay.length > 0 && !finalSay.every((p) => request.routedTo.includes(p)))
    return ok(finalSay);
  const what =
    request.amount !== null && definition.involvesMoney
      ? `approve ${money(request.amount, snapshot.currency)} to ${actionPhrase(request.action)}`
      : `decide a request to ${actionPhrase(request.action)}`;
  return err(`Nobody above the people it is routed to may ${what}`);
};

/** "the executive producer", "the producer or the unit production manager": whom a request went to, by role. */
export const approversPhrase = (
  snapshot: AuthoritySnapshot,
  subject: ApprovalSubject,
  approvers: readonly PersonId[],
  today: CalendarDate,
): string => {
  const names = unique(
    approvers.map((p) => {
      const standing = approvalStanding(snapshot, p, subject, today);
      return standing.kind === 'eligible'
        ? `the ${holderName(standing.basis, snapshot.isSeries)}`
        : 'a colleague';
    }),
  );
  return listPhrase(names, 'or');
};

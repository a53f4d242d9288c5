import { assignmentsOf } from '../production/assignments-of.js';
import { ROLES, type Role } from '../production/roles.js';
import type { Department } from '../production/departments.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import { actionDefinition } from './action-catalog.js';
import { activeDelegationsTo } from './active-delegations.js';
import type { ApprovalRequest } from './approval-request.js';
import type { AuthoritySnapshot } from './authority-snapshot.js';
import {
  actionPhrase,
  capitalize,
  decisionAreaPhrase,
  limitName,
  limitPhrase,
  money,
  roleName,
  rolesPhrase,
} from './authority-wording.js';
import type { AuthorityBasis } from './decision.js';
import { grantAppliesInDepartment } from './department-scope.js';
import { limitCovers, minLimit, personalLimit, roleLimit, signingLimit } from './signing-limit.js';

/** What an approver needs to know about a request; an ApprovalRequest is one. */
export type ApprovalSubject = Pick<
  ApprovalRequest,
  'action' | 'amount' | 'department' | 'requestedBy'
>;

export type ApproverEligibility =
  | { readonly eligible: true; readonly basis: AuthorityBasis; readonly rule: string }
  | { readonly eligible: false; readonly reason: string };

type OwnApproval =
  | { readonly kind: 'eligible'; readonly basis: AuthorityBasis }
  | { readonly kind: 'over-limit'; readonly basis: AuthorityBasis }
  | { readonly kind: 'none' };

type Holding = {
  readonly role: Role;
  readonly via: 'role' | 'final-say';
  readonly department: Department | null;
};

const isHigher = (a: MinorUnits | null, b: MinorUnits | null): boolean =>
  a === null ? b !== null : b !== null && a > b;

const validAmount = (amount: MinorUnits | null): amount is MinorUnits =>
  amount !== null && Number.isSafeInteger(amount) && amount >= 0;

/** Roles whose holders decide requests for the action: the approvers when named, else those who perform it. */
export const deciderRoles = (
  snapshot: AuthoritySnapshot,
  subject: Pick<ApprovalSubject, 'action'>,
): readonly Role[] => {
  const rule = snapshot.matrix.rules[subject.action];
  return rule.approve.length > 0 ? rule.approve : rule.perform;
};

// A person's own authority to decide, ignoring delegations, so that a delegate's authority is always
// grounded in a delegator's own and delegations never chain.
const ownApproval = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  subject: ApprovalSubject,
): OwnApproval => {
  const definition = actionDefinition(subject.action);
  const deciders = deciderRoles(snapshot, subject);
  const finalSay = snapshot.matrix.finalSay[definition.decisionArea];
  const own = assignmentsOf(snapshot.assignments, snapshot.productionId, personId);
  const holdings: Holding[] = [];
  for (const assignment of own) {
    if (!deciders.includes(assignment.role)) continue;
    if (!grantAppliesInDepartment(definition, assignment, subject.department)) continue;
    holdings.push({ role: assignment.role, via: 'role', department: assignment.department });
  }
  // The final say is not bound to a department: escalation ends there, whatever the request concerns.
  if (own.some((a) => a.role === finalSay) && !holdings.some((h) => h.role === finalSay)) {
    holdings.push({ role: finalSay, via: 'final-say', department: null });
  }
  holdings.sort((a, b) =>
    a.via !== b.via ? (a.via === 'role' ? -1 : 1) : ROLES.indexOf(a.role) - ROLES.indexOf(b.role),
  );
  const first = holdings[0];
  if (first === undefined) return { kind: 'none' };
  const toBasis = (holding: Holding, limit: MinorUnits | null): AuthorityBasis => ({
    via: holding.via,
    role: holding.role,
    ...(holding.department !== null ? { department: holding.department } : {}),
    limit,
  });
  if (!definition.involvesMoney) return { kind: 'eligible', basis: toBasis(first, null) };
  const limit = signingLimit(
    snapshot.matrix,
    personId,
    holdings.map((h) => h.role),
  );
  // Name the role the limit comes from, so reasons quote the right one.
  const personal = personalLimit(snapshot.matrix, personId) !== undefined;
  const best =
    (personal ? undefined : holdings.find((h) => roleLimit(snapshot.matrix, h.role) === limit)) ??
    first;
  const basis = toBasis(best, limit);
  return validAmount(subject.amount) && limitCovers(limit, subject.amount)
    ? { kind: 'eligible', basis }
    : { kind: 'over-limit', basis };
};

const approvalRule = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  subject: ApprovalSubject,
  basis: AuthorityBasis,
  endsOn?: CalendarDate,
): string => {
  const definition = actionDefinition(subject.action);
  const what = `may approve requests to ${actionPhrase(subject.action)}`;
  const personal =
    basis.via !== 'delegation' && personalLimit(snapshot.matrix, personId) !== undefined;
  const limit = definition.involvesMoney
    ? ` ${limitPhrase(basis.limit, snapshot.currency)}${personal ? ' (personal signing limit)' : ''}`
    : '';
  const role = roleName(basis.role, snapshot.isSeries, basis.department ?? null);
  switch (basis.via) {
    case 'role':
      return `${capitalize(role)} ${what}${limit}`;
    case 'final-say':
      return `${capitalize(role)} has the final say on ${decisionAreaPhrase(definition.decisionArea)} and ${what}${limit}`;
    case 'delegation':
      return `Delegated by the ${role}${endsOn ? ` until ${endsOn}` : ''}: ${what}${limit}`;
  }
};

/**
 * Where a person stands on deciding a request, without wording: the engine's routing asks this of every
 * candidate on the production, so it must not build sentences it will throw away.
 */
export type ApprovalStanding =
  | { readonly kind: 'eligible'; readonly basis: AuthorityBasis; readonly endsOn?: CalendarDate }
  | { readonly kind: 'own-request' }
  | { readonly kind: 'amount-required' }
  | { readonly kind: 'over-limit'; readonly basis: AuthorityBasis }
  | { readonly kind: 'not-on-production' }
  | { readonly kind: 'not-a-decider' };

export const approvalStanding = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  subject: ApprovalSubject,
  today: CalendarDate,
): ApprovalStanding => {
  if (personId === subject.requestedBy) return { kind: 'own-request' };
  const definition = actionDefinition(subject.action);
  if (definition.involvesMoney && !validAmount(subject.amount)) return { kind: 'amount-required' };
  const own = ownApproval(snapshot, personId, subject);
  if (own.kind === 'eligible') return { kind: 'eligible', basis: own.basis };

  let delegatedOverLimit: AuthorityBasis | null = null;
  for (const delegation of activeDelegationsTo(snapshot, personId, today, subject.action)) {
    // The requester's own authority never approves their request, whoever holds it for them.
    if (delegation.fromPersonId === subject.requestedBy) continue;
    const from = ownApproval(snapshot, delegation.fromPersonId, subject);
    if (from.kind === 'none') continue;
    const limit = definition.involvesMoney ? minLimit(from.basis.limit, delegation.limit) : null;
    const basis: AuthorityBasis = {
      via: 'delegation',
      role: from.basis.role,
      delegatedBy: delegation.fromPersonId,
      ...(from.basis.department !== undefined ? { department: from.basis.department } : {}),
      limit,
    };
    if (
      !definition.involvesMoney ||
      (validAmount(subject.amount) && limitCovers(limit, subject.amount))
    ) {
      return { kind: 'eligible', basis, endsOn: delegation.endsOn };
    }
    delegatedOverLimit ??= basis;
  }

  // Quote the most generous limit the person came close with.
  const ownOver = own.kind === 'over-limit' ? own.basis : null;
  const overLimit =
    ownOver !== null && delegatedOverLimit !== null
      ? isHigher(delegatedOverLimit.limit, ownOver.limit)
        ? delegatedOverLimit
        : ownOver
      : (ownOver ?? delegatedOverLimit);
  if (overLimit !== null && subject.amount !== null)
    return { kind: 'over-limit', basis: overLimit };
  const onProduction =
    assignmentsOf(snapshot.assignments, snapshot.productionId, personId).length > 0 ||
    activeDelegationsTo(snapshot, personId, today).length > 0;
  return onProduction ? { kind: 'not-a-decider' } : { kind: 'not-on-production' };
};

/**
 * Whether `personId` may decide `subject` right now, and on what basis. Eligible are the holders of the
 * deciding roles (the action's approvers, or its performers when it names none) and of the final-say role for
 * its decision area, within their signing limit when money is involved, and their active delegates. Nobody
 * is ever eligible for their own request, not even through a delegation from someone else or to someone else.
 */
export const eligibleToApprove = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  subject: ApprovalSubject,
  today: CalendarDate,
): ApproverEligibility => {
  const standing = approvalStanding(snapshot, personId, subject, today);
  const definition = actionDefinition(subject.action);
  switch (standing.kind) {
    case 'eligible':
      return {
        eligible: true,
        basis: standing.basis,
        rule: approvalRule(snapshot, personId, subject, standing.basis, standing.endsOn),
      };
    case 'own-request':
      return { eligible: false, reason: 'Nobody may approve their own request' };
    case 'amount-required':
      return {
        eligible: false,
        reason: `A request to ${actionPhrase(subject.action)} must name an amount of zero or more`,
      };
    case 'over-limit': {
      const personal =
        standing.basis.via !== 'delegation' &&
        personalLimit(snapshot.matrix, personId) !== undefined;
      return {
        eligible: false,
        reason: `${money(subject.amount ?? (0 as MinorUnits), snapshot.currency)} is above ${limitName(standing.basis, personal, snapshot.currency, snapshot.isSeries)}`,
      };
    }
    case 'not-on-production':
      return { eligible: false, reason: 'Holds no role on this production' };
    case 'not-a-decider': {
      const deciders = [
        ...deciderRoles(snapshot, subject),
        snapshot.matrix.finalSay[definition.decisionArea],
      ];
      return {
        eligible: false,
        reason: `Only ${rolesPhrase(deciders, snapshot.isSeries, 'or')} may approve requests to ${actionPhrase(subject.action)}`,
      };
    }
  }
};

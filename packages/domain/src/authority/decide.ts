import type { Assignment } from '../production/assignment.js';
import { assignmentsOf } from '../production/assignments-of.js';
import type { Department } from '../production/departments.js';
import { ROLES } from '../production/roles.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import { actionDefinition, type ActionDefinition, type ActionId } from './action-catalog.js';
import { activeDelegationsTo } from './active-delegations.js';
import type { ActionRule, MoneyLimit } from './authority-matrix.js';
import type { AuthoritySnapshot } from './authority-snapshot.js';
import {
  actionPhrase,
  capitalize,
  limitName,
  limitPhrase,
  listPhrase,
  money,
  roleName,
  rolesPhrase,
} from './authority-wording.js';
import type { AuthorityBasis, Decision, DecisionContext, DenyCode } from './decision.js';
import { grantAppliesInDepartment } from './department-scope.js';
import { approversPhrase, routeApprovers } from './route-approvers.js';
import type { ApprovalSubject } from './eligible-to-approve.js';
import { limitCovers, minLimit, personalLimit, roleLimit, signingLimit } from './signing-limit.js';

/** A way the person may do the action outright, with the rule that says so. */
type PerformGrant = {
  readonly basis: AuthorityBasis;
  readonly personal: boolean;
  readonly until?: CalendarDate;
};

type OwnGrants = {
  readonly perform: readonly Assignment[];
  readonly request: readonly Assignment[];
  /** A department head or crew grant existed but not for this department. */
  readonly blockedByDepartment: boolean;
};

const bySeniority = (a: Assignment, b: Assignment): number =>
  ROLES.indexOf(a.role) - ROLES.indexOf(b.role);

// What the person's own roles grant, department scope applied. Approving implies doing, so approver roles
// perform too.
const ownGrants = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  definition: ActionDefinition,
  rule: ActionRule,
  department: Department | null,
): OwnGrants => {
  const perform: Assignment[] = [];
  const request: Assignment[] = [];
  let blockedByDepartment = false;
  for (const assignment of assignmentsOf(snapshot.assignments, snapshot.productionId, personId)) {
    const performs =
      rule.perform.includes(assignment.role) || rule.approve.includes(assignment.role);
    const requests = rule.request.includes(assignment.role);
    if (!performs && !requests) continue;
    if (!grantAppliesInDepartment(definition, assignment, department)) {
      blockedByDepartment = true;
      continue;
    }
    if (performs) perform.push(assignment);
    else request.push(assignment);
  }
  return {
    perform: perform.sort(bySeniority),
    request: request.sort(bySeniority),
    blockedByDepartment,
  };
};

const departmentOf = (assignment: Assignment): { readonly department?: Department } =>
  assignment.department !== null ? { department: assignment.department } : {};

// The person's perform grant through their own roles, ignoring delegations (so delegations never chain).
const ownPerformGrant = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  definition: ActionDefinition,
  performers: readonly Assignment[],
): PerformGrant | null => {
  const first = performers[0];
  if (first === undefined) return null;
  if (!definition.involvesMoney)
    return {
      basis: { via: 'role', role: first.role, ...departmentOf(first), limit: null },
      personal: false,
    };
  const personal = personalLimit(snapshot.matrix, personId) !== undefined;
  const limit = signingLimit(
    snapshot.matrix,
    personId,
    performers.map((a) => a.role),
  );
  // Quote the role the limit comes from.
  const source = personal
    ? first
    : (performers.find((a) => roleLimit(snapshot.matrix, a.role) === limit) ?? first);
  return { basis: { via: 'role', role: source.role, ...departmentOf(source), limit }, personal };
};

const delegatedGrants = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  definition: ActionDefinition & { readonly id: ActionId },
  rule: ActionRule,
  context: DecisionContext,
): PerformGrant[] => {
  const grants: PerformGrant[] = [];
  for (const delegation of activeDelegationsTo(snapshot, personId, context.today, definition.id)) {
    const from = ownGrants(
      snapshot,
      delegation.fromPersonId,
      definition,
      rule,
      context.department ?? null,
    );
    const grant = ownPerformGrant(snapshot, delegation.fromPersonId, definition, from.perform);
    if (grant === null) continue; // the delegator no longer holds it, so neither does the delegate
    grants.push({
      basis: {
        ...grant.basis,
        via: 'delegation',
        delegatedBy: delegation.fromPersonId,
        limit: definition.involvesMoney ? minLimit(grant.basis.limit, delegation.limit) : null,
      },
      personal: false,
      until: delegation.endsOn,
    });
  }
  return grants;
};

const performRule = (
  snapshot: AuthoritySnapshot,
  action: ActionId,
  grant: PerformGrant,
): string => {
  const definition = actionDefinition(action);
  const role = roleName(grant.basis.role, snapshot.isSeries, grant.basis.department ?? null);
  const limit = definition.involvesMoney
    ? ` ${limitPhrase(grant.basis.limit, snapshot.currency)}${grant.personal ? ' (personal signing limit)' : ''}`
    : '';
  const what = `may ${actionPhrase(action)}${limit}`;
  if (grant.basis.via === 'delegation') {
    return `Delegated by the ${role}${grant.until ? ` until ${grant.until}` : ''}: ${what}`;
  }
  return `${capitalize(role)} ${what}`;
};

const requestRule = (
  snapshot: AuthoritySnapshot,
  action: ActionId,
  requester: Assignment,
): string =>
  `${capitalize(roleName(requester.role, snapshot.isSeries, requester.department))} may request to ${actionPhrase(action)}`;

const deny = (action: ActionId, code: DenyCode, reason: string): Decision => ({
  outcome: 'deny',
  action,
  code,
  reason,
});

const noAuthorityReason = (
  snapshot: AuthoritySnapshot,
  action: ActionId,
  rule: ActionRule,
  own: readonly Assignment[],
): string => {
  const who =
    own.length === 0
      ? 'Holds no role on this production, and no delegation covers this'
      : `The ${listPhrase(
          own.map((a) => roleName(a.role, snapshot.isSeries, a.department)),
          'and',
        )} may not ${actionPhrase(action)}`;
  const performers = [...new Set([...rule.perform, ...rule.approve])];
  const done =
    performers.length > 0
      ? `it is done by ${rolesPhrase(performers, snapshot.isSeries, 'or')}`
      : 'no role may do it';
  const asked =
    rule.request.length > 0
      ? ` and requested by ${rolesPhrase(rule.request, snapshot.isSeries, 'or')}`
      : '';
  return `${who}; ${done}${asked}`;
};

const outsideDepartmentReason = (
  snapshot: AuthoritySnapshot,
  action: ActionId,
  own: readonly Assignment[],
  department: Department | null,
): string => {
  const scoped = own.filter(
    (a) => a.department !== null && (a.role === 'department-head' || a.role === 'crew'),
  );
  const holders = listPhrase(
    scoped.map((a) => roleName(a.role, snapshot.isSeries, a.department)),
    'and',
  );
  const where =
    department === null ? 'no department was named' : 'this concerns another department';
  return `The ${holders || 'department role'} may ${actionPhrase(action)} only for their own department; ${where}`;
};

const isHigher = (a: MoneyLimit, b: MoneyLimit): boolean =>
  a === null ? b !== null : b !== null && a > b;

const validAmount = (amount: MinorUnits | undefined): amount is MinorUnits =>
  amount !== undefined && Number.isSafeInteger(amount) && amount >= 0;

/**
 * Whether a person may do an action on the production now: allowed outright, allowed once someone approves
 * it, or denied, with the rule or reason in words. Pure and total: it never throws for a typed action and
 * reads nothing beyond its arguments.
 */
export const decide = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  action: ActionId,
  context: DecisionContext,
): Decision => {
  const definition = actionDefinition(action);
  const rule = snapshot.matrix.rules[action];
  const department = context.department ?? null;
  const own = assignmentsOf(snapshot.assignments, snapshot.productionId, personId);
  if (own.length === 0 && activeDelegationsTo(snapshot, personId, context.today).length === 0) {
    return deny(action, 'not-on-production', 'Holds no role on this production');
  }

  const mine = ownGrants(snapshot, personId, definition, rule, department);
  const fromRoles = ownPerformGrant(snapshot, personId, definition, mine.perform);
  const grants = [
    ...(fromRoles ? [fromRoles] : []),
    ...delegatedGrants(snapshot, personId, definition, rule, context),
  ];
  const requester = mine.request[0];
  const denyWithoutGrant = (): Decision =>
    mine.blockedByDepartment
      ? deny(
          action,
          'outside-department',
          outsideDepartmentReason(snapshot, action, own, department),
        )
      : deny(action, 'no-authority', noAuthorityReason(snapshot, action, rule, own));

  if (definition.readOnly) {
    // Reading is never routed: either you may look or you may not.
    const grant = grants[0];
    return grant
      ? { outcome: 'allow', action, rule: performRule(snapshot, action, grant), basis: grant.basis }
      : denyWithoutGrant();
  }
  if (grants.length === 0 && requester === undefined) return denyWithoutGrant();

  let amount: MinorUnits | null = null;
  if (definition.involvesMoney) {
    if (!validAmount(context.amount)) {
      return deny(
        action,
        'amount-required',
        `An amount of zero or more is needed to ${actionPhrase(action)}`,
      );
    }
    amount = context.amount;
  }

  const covering = grants.find((g) => amount === null || limitCovers(g.basis.limit, amount));
  if (covering)
    return {
      outcome: 'allow',
      action,
      rule: performRule(snapshot, action, covering),
      basis: covering.basis,
    };

  const subject: ApprovalSubject = { action, amount, department, requestedBy: personId };
  const approvers = routeApprovers(snapshot, subject, context.today);
  const sum = amount === null ? '' : money(amount, snapshot.currency);

  // Over the limit of every grant held: the largest one is the one to quote.
  const highest = grants.reduce<PerformGrant | null>(
    (best, g) => (best === null || isHigher(g.basis.limit, best.basis.limit) ? g : best),
    null,
  );
  let why: string;
  let ruleText: string;
  if (highest !== null && amount !== null) {
    why = `${sum} is above ${limitName(highest.basis, highest.personal, snapshot.currency, snapshot.isSeries)}`;
    ruleText = performRule(snapshot, action, highest);
  } else if (requester !== undefined) {
    ruleText = requestRule(snapshot, action, requester);
    why = `The ${roleName(requester.role, snapshot.isSeries, requester.department)} may only request to ${actionPhrase(action)}${sum ? ` (${sum})` : ''}`;
  } else {
    return denyWithoutGrant(); // unreachable: without a grant or a request right we returned above
  }

  if (approvers.length === 0) {
    const what = sum
      ? `approve ${sum} to ${actionPhrase(action)}`
      : `approve a request to ${actionPhrase(action)}`;
    return deny(action, 'no-approver', `${why}, and nobody on the production may ${what}`);
  }
  return {
    outcome: 'requires-approval',
    action,
    rule: ruleText,
    reason: `${why}; routed to ${approversPhrase(snapshot, subject, approvers, context.today)}`,
    approvers,
  };
};

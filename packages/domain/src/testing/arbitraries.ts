// fast-check arbitraries for property tests of the authority engine. Test-only: fast-check is a dev
// dependency of the workspace, and nothing outside src/testing imports it.
import fc from 'fast-check';
import { DECISION_AREAS, type DecisionArea } from '../authority/action-areas.js';
import { ACTION_IDS, type ActionId } from '../authority/action-catalog.js';
import type { ActionRule, AuthorityMatrix, MoneyLimit } from '../authority/authority-matrix.js';
import type { AuthoritySnapshot } from '../authority/authority-snapshot.js';
import { defaultAuthorityMatrix } from '../authority/default-authority-matrix.js';
import type { Delegation } from '../authority/delegation.js';
import type { Assignment } from '../production/assignment.js';
import type { Department } from '../production/departments.js';
import type { Person } from '../production/person.js';
import { defaultReportsTo } from '../production/reporting-lines.js';
import { ROLES, type Role } from '../production/roles.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { AssignmentId, DelegationId, PersonId, ProductionId } from '../shared/ids.js';
import { currencyCode, type MinorUnits } from '../shared/money.js';
import { SCENARIO_PRODUCTION_ID } from './scenario-builder.js';

// Money actions (and one that names approvers) are where routing gets interesting; arbitraries lean on them.
const FOCUS_ACTIONS: readonly ActionId[] = [
  'expenditure.commit',
  'hiring.crew',
  'budget.approve-overage',
  'post.engage-vendor',
  'schedule.approve-major-change',
];

// Amounts and limits share one scale with a few round values, so "exactly at the limit" comes up often.
const ROUND_AMOUNTS = [0, 1, 100_000, 250_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000];
const MAX_AMOUNT = 20_000_000;

/** A non-negative amount in minor units, often a round one. */
export const arbAmount = (): fc.Arbitrary<MinorUnits> =>
  fc
    .oneof(fc.constantFrom(...ROUND_AMOUNTS), fc.integer({ min: 0, max: MAX_AMOUNT }))
    .map((n) => n as MinorUnits);

/** A signing limit: an amount, or null for no limit. */
export const arbMoneyLimit = (): fc.Arbitrary<MoneyLimit> =>
  fc.option(arbAmount(), { nil: null, freq: 4 });

/** Days in a short window so delegations are often active, sometimes not yet or no longer. */
export const SCENARIO_WINDOW: readonly CalendarDate[] = Array.from(
  { length: 10 },
  (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}` as CalendarDate,
);

export const arbCalendarDate = (): fc.Arbitrary<CalendarDate> =>
  fc.constantFrom(...SCENARIO_WINDOW);

const arbRoles = (): fc.Arbitrary<readonly Role[]> => fc.subarray([...ROLES], { maxLength: 5 });

export const arbActionRule = (): fc.Arbitrary<ActionRule> =>
  fc.record({
    perform: arbRoles(),
    request: arbRoles(),
    // Most rules leave approval to the performers, as the default matrix does.
    approve: fc.oneof(
      { arbitrary: fc.constant<readonly Role[]>([]), weight: 3 },
      { arbitrary: arbRoles(), weight: 1 },
    ),
  });

/** Any matrix over the catalog: random rules, role and person limits, and final say. */
export const arbAuthorityMatrix = (
  personIds: readonly PersonId[] = [],
): fc.Arbitrary<AuthorityMatrix> =>
  fc.record({
    rules: fc
      .tuple(...ACTION_IDS.map(() => arbActionRule()))
      .map(
        (rules) =>
          Object.fromEntries(ACTION_IDS.map((id, i) => [id, rules[i]])) as Record<
            ActionId,
            ActionRule
          >,
      ),
    // Most roles get a limit; a missing one signs for nothing.
    roleLimits: fc
      .tuple(...ROLES.map(() => fc.option(arbMoneyLimit(), { nil: undefined, freq: 4 })))
      .map((limits) => {
        const roleLimits: Partial<Record<Role, MoneyLimit>> = {};
        ROLES.forEach((role, i) => {
          const limit = limits[i];
          if (limit !== undefined) roleLimits[role] = limit;
        });
        return roleLimits;
      }),
    personLimits:
      personIds.length === 0
        ? fc.constant({})
        : (fc.dictionary(fc.constantFrom(...personIds), arbMoneyLimit(), {
            maxKeys: 3,
          }) as fc.Arbitrary<Record<PersonId, MoneyLimit>>),
    finalSay: fc
      .tuple(...DECISION_AREAS.map(() => fc.constantFrom(...ROLES)))
      .map(
        (roles) =>
          Object.fromEntries(DECISION_AREAS.map((a, i) => [a, roles[i]])) as Record<
            DecisionArea,
            Role
          >,
      ),
  });

/**
 * The default matrix with random signing limits, person limits and final say: realistic rules, so requests
 * climb real-looking chains.
 */
export const arbDefaultishMatrix = (
  personIds: readonly PersonId[] = [],
): fc.Arbitrary<AuthorityMatrix> =>
  arbAuthorityMatrix(personIds).map((random) => ({
    ...defaultAuthorityMatrix(currencyCode('USD')),
    roleLimits: random.roleLimits,
    personLimits: random.personLimits,
    finalSay: random.finalSay,
  }));

export type Team = {
  readonly people: readonly Person[];
  readonly assignments: readonly Assignment[];
};

// Two departments are enough to exercise the department border.
const TEAM_DEPARTMENTS: readonly Department[] = ['camera', 'art'];

// Where an assignment's line points: mostly up a tree (an earlier assignment), sometimes anywhere (itself,
// loops), nowhere, or at an assignment that does not exist — all of which the engine must survive.
const arbReportsTo = (index: number, count: number): fc.Arbitrary<number | null> =>
  fc.oneof(
    {
      arbitrary: index === 0 ? fc.constant(null) : fc.integer({ min: 0, max: index - 1 }),
      weight: 6,
    },
    { arbitrary: fc.integer({ min: 0, max: count - 1 }), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant(count + 5), weight: 1 },
  );

/**
 * A team of a few people, each with at least one role (some with two, some roles missing), department heads
 * and crew in random departments, and reporting lines of any shape.
 */
export const arbTeam = (productionId: ProductionId = SCENARIO_PRODUCTION_ID): fc.Arbitrary<Team> =>
  fc
    .record({
      peopleCount: fc.integer({ min: 1, max: 6 }),
      extraRoles: fc.integer({ min: 0, max: 4 }),
    })
    .chain(({ peopleCount, extraRoles }) => {
      const count = peopleCount + extraRoles;
      return fc
        .tuple(
          ...Array.from({ length: count }, (_, i) =>
            fc.record({
              // The first `peopleCount` rows give each person a role; the rest are second roles.
              person:
                i < peopleCount ? fc.constant(i) : fc.integer({ min: 0, max: peopleCount - 1 }),
              role: fc.constantFrom(...ROLES),
              department: fc.constantFrom(...TEAM_DEPARTMENTS),
              reportsTo: arbReportsTo(i, count),
            }),
          ),
        )
        .map((rows): Team => {
          const people: Person[] = Array.from({ length: peopleCount }, (_, i) => ({
            id: `person-${i + 1}` as PersonId,
            name: `Person ${i + 1}`,
            email: null,
          }));
          const assignments = rows.map((row, i): Assignment => ({
            id: `assignment-${i + 1}` as AssignmentId,
            productionId,
            personId: (people[row.person] as Person).id,
            role: row.role,
            department:
              row.role === 'department-head' || row.role === 'crew' ? row.department : null,
            reportsTo:
              row.reportsTo === null ? null : (`assignment-${row.reportsTo + 1}` as AssignmentId),
          }));
          return { people, assignments };
        });
    });

/** Delegations between the given people (and sometimes someone from outside the team) in the date window. */
export const arbDelegations = (
  personIds: readonly PersonId[],
  productionId: ProductionId = SCENARIO_PRODUCTION_ID,
): fc.Arbitrary<readonly Delegation[]> => {
  const people = [...personIds, 'person-outsider' as PersonId];
  return fc
    .array(
      fc
        .record({
          from: fc.constantFrom(...people),
          to: fc.constantFrom(...people),
          actions: fc.oneof(
            fc.subarray([...ACTION_IDS], { minLength: 1, maxLength: 6 }),
            fc.subarray([...FOCUS_ACTIONS], { minLength: 1 }),
          ),
          start: fc.integer({ min: 0, max: SCENARIO_WINDOW.length - 1 }),
          days: fc.integer({ min: 0, max: 6 }),
          limit: arbMoneyLimit(),
          revoked: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
        })
        .map((d) => ({
          productionId,
          fromPersonId: d.from,
          toPersonId: d.to,
          actions: d.actions,
          startsOn: SCENARIO_WINDOW[d.start] as CalendarDate,
          endsOn: SCENARIO_WINDOW[
            Math.min(d.start + d.days, SCENARIO_WINDOW.length - 1)
          ] as CalendarDate,
          limit: d.limit,
          revoked: d.revoked,
        })),
      { maxLength: 4 },
    )
    .map((list) =>
      list.map((d, i): Delegation => ({ ...d, id: `delegation-${i + 1}` as DelegationId })),
    );
};

export type AuthorityWorld = {
  readonly snapshot: AuthoritySnapshot;
  readonly people: readonly Person[];
  readonly today: CalendarDate;
};

const world = (team: Team, matrix: fc.Arbitrary<AuthorityMatrix>): fc.Arbitrary<AuthorityWorld> =>
  fc
    .record({
      matrix,
      delegations: arbDelegations(team.people.map((p) => p.id)),
      today: arbCalendarDate(),
      isSeries: fc.boolean(),
    })
    .map(({ matrix: m, delegations, today, isSeries }) => ({
      snapshot: {
        productionId: SCENARIO_PRODUCTION_ID,
        stage: 'pre-production' as const,
        currency: currencyCode('USD'),
        isSeries,
        assignments: team.assignments,
        matrix: m,
        delegations,
      },
      people: team.people,
      today,
    }));

const isDepartmentBound = (role: Role): boolean => role === 'department-head' || role === 'crew';

/**
 * A team as the product sets one up: some of the roles, one person each (a few with a second role), department
 * heads and crew in two departments, default reporting lines.
 */
export const arbRealisticTeam = (
  productionId: ProductionId = SCENARIO_PRODUCTION_ID,
): fc.Arbitrary<Team> =>
  fc
    .record({
      roles: fc.subarray([...ROLES], { minLength: 2 }),
      extraHeads: fc.subarray([...TEAM_DEPARTMENTS]),
      extraCrew: fc.subarray([...TEAM_DEPARTMENTS]),
      doubles: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ROLES)), { maxLength: 2 }),
    })
    .map(({ roles, extraHeads, extraCrew, doubles }): Team => {
      const rows: { role: Role; department: Department | null; person?: number }[] = [
        ...roles.map((role) => ({
          role,
          department: isDepartmentBound(role) ? ('camera' as const) : null,
        })),
        ...extraHeads.map((department) => ({ role: 'department-head' as const, department })),
        ...extraCrew.map((department) => ({ role: 'crew' as const, department })),
      ];
      const people: Person[] = rows.map((_, i) => ({
        id: `person-${i + 1}` as PersonId,
        name: `Person ${i + 1}`,
        email: null,
      }));
      for (const [who, role] of doubles) {
        rows.push({
          role,
          department: isDepartmentBound(role) ? 'art' : null,
          person: who % people.length,
        });
      }
      const bare = rows.map((row, i): Assignment => ({
        id: `assignment-${i + 1}` as AssignmentId,
        productionId,
        personId: (people[row.person ?? i] as Person).id,
        role: row.role,
        department: row.department,
        reportsTo: null,
      }));
      return {
        people,
        assignments: bare.map((a) => ({ ...a, reportsTo: defaultReportsTo(bare, a) })),
      };
    });

/**
 * A whole production: a random team under a random or default-like matrix, or a realistic team under the
 * default rules; with random limits (for roles and some people), final say and delegations.
 */
export const arbAuthorityWorld = (): fc.Arbitrary<AuthorityWorld> =>
  fc.oneof(
    arbTeam().chain((team) => {
      const ids = team.people.map((p) => p.id);
      return world(team, fc.oneof(arbAuthorityMatrix(ids), arbDefaultishMatrix(ids)));
    }),
    arbRealisticTeam().chain((team) =>
      world(team, arbDefaultishMatrix(team.people.map((p) => p.id))),
    ),
  );

export type AuthorityCase = AuthorityWorld & {
  readonly personId: PersonId;
  readonly action: ActionId;
  readonly amount: MinorUnits;
  readonly department: Department | null;
};

/** A world plus one person asking for one action: the input of `decide` and of the approval transitions. */
export const arbAuthorityCase = (): fc.Arbitrary<AuthorityCase> =>
  arbAuthorityWorld().chain((world) => {
    const people = world.people.map((p) => p.id);
    return fc
      .record({
        personId: fc.constantFrom(...people),
        action: fc.oneof(fc.constantFrom(...ACTION_IDS), fc.constantFrom(...FOCUS_ACTIONS)),
        amount: arbAmount(),
        department: fc.option(fc.constantFrom(...TEAM_DEPARTMENTS), { nil: null, freq: 5 }),
        // Random delegations seldom cover the action on the day; often add one that does.
        covering: fc.option(
          fc.record({
            from: fc.constantFrom(...people),
            to: fc.constantFrom(...people),
            limit: arbMoneyLimit(),
          }),
          { nil: null, freq: 2 },
        ),
      })
      .map(({ covering, ...c }): AuthorityCase => {
        const delegations: readonly Delegation[] =
          covering === null
            ? world.snapshot.delegations
            : [
                ...world.snapshot.delegations,
                {
                  id: 'delegation-covering' as DelegationId,
                  productionId: world.snapshot.productionId,
                  fromPersonId: covering.from,
                  toPersonId: covering.to,
                  actions: [c.action],
                  startsOn: world.today,
                  endsOn: world.today,
                  limit: covering.limit,
                  revoked: false,
                },
              ];
        return { ...world, snapshot: { ...world.snapshot, delegations }, ...c };
      });
  });

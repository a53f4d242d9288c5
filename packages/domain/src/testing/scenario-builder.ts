import type { DecisionArea } from '../authority/action-areas.js';
import type { ActionId } from '../authority/action-catalog.js';
import type { ActionRule, AuthorityMatrix, MoneyLimit } from '../authority/authority-matrix.js';
import type { AuthoritySnapshot } from '../authority/authority-snapshot.js';
import { defaultAuthorityMatrix } from '../authority/default-authority-matrix.js';
import type { Delegation } from '../authority/delegation.js';
import type { Assignment } from '../production/assignment.js';
import type { Department } from '../production/departments.js';
import type { Person } from '../production/person.js';
import type { ProductionStage } from '../production/production.js';
import { defaultReportsTo } from '../production/reporting-lines.js';
import { ROLES, type Role } from '../production/roles.js';
import { calendarDate, instant, type CalendarDate, type Instant } from '../shared/calendar-date.js';
import type { AssignmentId, DelegationId, PersonId, ProductionId } from '../shared/ids.js';
import {
  currencyCode,
  fromMajorUnits,
  type CurrencyCode,
  type MinorUnits,
} from '../shared/money.js';

export const SCENARIO_PRODUCTION_ID = 'production-1' as ProductionId;
export const SCENARIO_TODAY: CalendarDate = calendarDate('2026-03-02');
export const SCENARIO_NOW: Instant = instant('2026-03-02T09:00:00.000Z');

/** One person per role, named so that test output reads like a call sheet. */
export const SCENARIO_NAMES: Readonly<Record<Role, string>> = {
  'executive-producer': 'Erin Executive',
  producer: 'Paula Producer',
  'co-producer': 'Cory Coproducer',
  'senior-producer': 'Sasha Senior',
  'associate-producer': 'Ari Associate',
  'unit-production-manager': 'Umar Unit',
  'line-producer': 'Lina Line',
  'production-manager': 'Milo Manager',
  'production-accountant': 'Ada Accountant',
  director: 'Dev Director',
  'department-head': 'Hana Head',
  crew: 'Cruz Crew',
  cast: 'Kit Cast',
  'financier-representative': 'Fern Financier',
};

/** A member by role (the first holding it) or by name. */
export type Who = Role | (string & {});

export type ScenarioMember = { readonly person: Person; readonly assignment: Assignment };

export type Scenario = {
  readonly snapshot: AuthoritySnapshot;
  readonly people: readonly Person[];
  readonly members: readonly ScenarioMember[];
  readonly today: CalendarDate;
  readonly now: Instant;
  /** The person holding the role (the first, if several do) or with that name; throws when there is none. */
  readonly personOf: (who: Who) => PersonId;
  readonly assignmentOf: (who: Who) => Assignment;
  /** Whole currency units in minor units of the scenario's currency: `money(150_000)`. */
  readonly money: (major: number) => MinorUnits;
};

export type DelegationSpec = {
  readonly from: Who;
  readonly to: Who;
  readonly actions: readonly ActionId[];
  readonly startsOn?: string;
  readonly endsOn?: string;
  /** Whole currency units; null or absent for the delegator's own limit. */
  readonly limit?: number | null;
  readonly revoked?: boolean;
};

type MemberSpec = {
  readonly name: string;
  readonly role: Role;
  readonly department: Department | null;
  readonly personKey: string;
  readonly assignmentKey: string;
};

type MatrixEdit = (
  matrix: AuthorityMatrix,
  currency: CurrencyCode,
  personOf: (who: Who) => PersonId,
) => AuthorityMatrix;

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const DEPARTMENT_BOUND: readonly Role[] = ['department-head', 'crew'];

const limitOf = (major: number | null, currency: CurrencyCode): MoneyLimit =>
  major === null ? null : fromMajorUnits(major, currency);

/**
 * Builds an AuthoritySnapshot for tests: by default a full producing team, one person per role, the
 * department head and crew in one department, default reporting lines and the default matrix in USD. Ids are
 * deterministic (`person-producer`, `assignment-producer`), so tests and snapshots can name them.
 */
export class ScenarioBuilder {
  #roles: Role[] = [...ROLES];
  #extra: MemberSpec[] = [];
  #currency = 'USD';
  #isSeries = false;
  #stage: ProductionStage = 'pre-production';
  #department: Department = 'camera';
  #today: string = SCENARIO_TODAY;
  #matrix: (currency: CurrencyCode) => AuthorityMatrix = defaultAuthorityMatrix;
  #edits: MatrixEdit[] = [];
  #delegations: DelegationSpec[] = [];
  #lines: { readonly who: Who; readonly to: Who | null }[] = [];

  /** Leaves these roles off the team. */
  without(...roles: readonly Role[]): this {
    this.#roles = this.#roles.filter((r) => !roles.includes(r));
    return this;
  }

  /** Only these roles on the team (before any added members). */
  only(...roles: readonly Role[]): this {
    this.#roles = ROLES.filter((r) => roles.includes(r));
    return this;
  }

  withCurrency(code: string): this {
    this.#currency = code;
    return this;
  }

  asSeries(isSeries = true): this {
    this.#isSeries = isSeries;
    return this;
  }

  inStage(stage: ProductionStage): this {
    this.#stage = stage;
    return this;
  }

  on(today: string): this {
    this.#today = today;
    return this;
  }

  /** The department of the default department head and crew member. */
  inDepartment(department: Department): this {
    this.#department = department;
    return this;
  }

  /**
   * Adds someone. `samePersonAs` gives an existing member a second role instead of adding a new person (a
   * producer who also directs).
   */
  withMember(
    name: string,
    role: Role,
    options: { readonly department?: Department; readonly samePersonAs?: Who } = {},
  ): this {
    const department = DEPARTMENT_BOUND.includes(role)
      ? (options.department ?? this.#department)
      : (options.department ?? null);
    const personKey =
      options.samePersonAs !== undefined ? `@${options.samePersonAs}` : `person-${slug(name)}`;
    this.#extra.push({
      name,
      role,
      department,
      personKey,
      assignmentKey: `assignment-${slug(name)}-${role}`,
    });
    return this;
  }

  withMatrix(matrix: AuthorityMatrix): this {
    this.#matrix = () => matrix;
    this.#edits = [];
    return this;
  }

  withRule(action: ActionId, rule: Partial<ActionRule>): this {
    this.#edits.push((m) => ({
      ...m,
      rules: { ...m.rules, [action]: { ...m.rules[action], ...rule } },
    }));
    return this;
  }

  /** Whole currency units; null for no limit, undefined to remove the role's limit (it then signs for nothing). */
  withRoleLimit(role: Role, major: number | null | undefined): this {
    this.#edits.push((m, currency) => {
      const roleLimits: Partial<Record<Role, MoneyLimit>> = { ...m.roleLimits };
      if (major === undefined) delete roleLimits[role];
      else roleLimits[role] = limitOf(major, currency);
      return { ...m, roleLimits };
    });
    return this;
  }

  withPersonLimit(who: Who, major: number | null): this {
    this.#edits.push((m, currency, personOf) => ({
      ...m,
      personLimits: { ...m.personLimits, [personOf(who)]: limitOf(major, currency) },
    }));
    return this;
  }

  withFinalSay(area: DecisionArea, role: Role): this {
    this.#edits.push((m) => ({ ...m, finalSay: { ...m.finalSay, [area]: role } }));
    return this;
  }

  withDelegation(spec: DelegationSpec): this {
    this.#delegations.push(spec);
    return this;
  }

  /** Overrides a default reporting line (null: reports to nobody). */
  reporting(who: Who, to: Who | null): this {
    this.#lines.push({ who, to });
    return this;
  }

  build(): Scenario {
    const currency = currencyCode(this.#currency);
    const today = calendarDate(this.#today);
    const specs: MemberSpec[] = [
      ...this.#roles.map((role) => ({
        name: SCENARIO_NAMES[role],
        role,
        department: DEPARTMENT_BOUND.includes(role) ? this.#department : null,
        personKey: `person-${role}`,
        assignmentKey: `assignment-${role}`,
      })),
      ...this.#extra,
    ];

    const people: Person[] = [];
    const bare: Assignment[] = [];
    const find = (who: Who, among: readonly ScenarioMember[]): ScenarioMember | undefined =>
      among.find((m) => m.assignment.role === who) ?? among.find((m) => m.person.name === who);
    const members: ScenarioMember[] = [];
    for (const spec of specs) {
      let person: Person | undefined;
      if (spec.personKey.startsWith('@')) {
        person = find(spec.personKey.slice(1), members)?.person;
        if (!person)
          throw new Error(`Scenario: no member ${spec.personKey.slice(1)} to give a second role`);
      } else {
        person = people.find((p) => p.id === spec.personKey) ?? {
          id: spec.personKey as PersonId,
          name: spec.name,
          email: null,
        };
        if (!people.includes(person)) people.push(person);
      }
      const assignment: Assignment = {
        id: spec.assignmentKey as AssignmentId,
        productionId: SCENARIO_PRODUCTION_ID,
        personId: person.id,
        role: spec.role,
        department: spec.department,
        reportsTo: null,
      };
      bare.push(assignment);
      members.push({ person, assignment });
    }

    const memberOf = (who: Who): ScenarioMember => {
      const found = find(who, members);
      if (!found) throw new Error(`Scenario: nobody is ${who}`);
      return found;
    };
    const lined = members.map((m) => {
      const override = this.#lines.filter((l) => memberOf(l.who) === m).at(-1);
      const reportsTo =
        override !== undefined
          ? override.to === null
            ? null
            : memberOf(override.to).assignment.id
          : defaultReportsTo(bare, m.assignment);
      return { person: m.person, assignment: { ...m.assignment, reportsTo } };
    });
    const personOf = (who: Who): PersonId => memberOf(who).person.id;
    const assignmentOf = (who: Who): Assignment => {
      const found = find(who, lined);
      if (!found) throw new Error(`Scenario: nobody is ${who}`);
      return found.assignment;
    };

    let matrix = this.#matrix(currency);
    for (const edit of this.#edits) matrix = edit(matrix, currency, personOf);

    const delegations: Delegation[] = this.#delegations.map((d, index) => ({
      id: `delegation-${index + 1}` as DelegationId,
      productionId: SCENARIO_PRODUCTION_ID,
      fromPersonId: personOf(d.from),
      toPersonId: personOf(d.to),
      actions: d.actions,
      startsOn: calendarDate(d.startsOn ?? this.#today),
      endsOn: calendarDate(d.endsOn ?? this.#today),
      limit: limitOf(d.limit ?? null, currency),
      revoked: d.revoked ?? false,
    }));

    return {
      snapshot: {
        productionId: SCENARIO_PRODUCTION_ID,
        stage: this.#stage,
        currency,
        isSeries: this.#isSeries,
        assignments: lined.map((m) => m.assignment),
        matrix,
        delegations,
      },
      people,
      members: lined,
      today,
      now: SCENARIO_NOW,
      personOf,
      assignmentOf,
      money: (major) => fromMajorUnits(major, currency),
    };
  }
}

/** A fresh scenario builder: `scenario().without('unit-production-manager').build()`. */
export const scenario = (): ScenarioBuilder => new ScenarioBuilder();

import {
  DomainError,
  fromMajorUnits,
  type ActionId,
  type ApprovalRequestId,
  type CurrencyCode,
  type MinorUnits,
  type ProductionId,
  type Role,
  type User,
} from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import { createUser } from '../services/session-service.js';
import { createProduction, changeStage } from '../services/productions-service.js';
import { addTeamMember } from '../services/team-service.js';
import { createExpenditure } from '../services/expenditures-service.js';
import { decideApproval } from '../services/approvals-service.js';
import { performAction } from '../services/authority-service.js';
import { readOnly, type ServiceContext } from '../services/service-context.js';
import type { TakeActionResult } from '../services/take-action.js';
import { seedDemoBudget } from './seed-demo-budget.js';
import { seedDemoCallSheets } from './seed-demo-call-sheets.js';
import { seedDemoTimecards } from './seed-demo-timecards.js';
import { seedDemoCost } from './seed-demo-cost.js';
import { seedDemoProductionReports } from './seed-demo-production-reports.js';
import { seedDemoFinancing } from './seed-demo-financing.js';
import { seedDemoSchedule } from './seed-demo-schedule.js';
import { seedDemoScript } from './seed-demo-script.js';
import { DEMO_PASSWORD, DEMO_TEAM, DEMO_TITLE, type DemoMember } from './demo-team.js';

export type DemoResult = {
  readonly productionId: ProductionId;
  readonly created: boolean;
  readonly users: readonly {
    readonly email: string;
    readonly password: string;
    readonly role: Role;
    readonly name: string;
  }[];
};

const asContext = (deps: ServerDeps, user: User): ServiceContext => ({
  deps,
  actor: { user, sessionId: 'demo-seed', csrfToken: 'demo-seed' },
});

/**
 * The demo production: a feature in pre-production with its whole producing team (one login per role), hires
 * that went through approvals, its script, schedule, approved budget and financing plan, greenlit on the
 * executive producer's override of the gate, expenditures committed and some waiting, so every screen has
 * something real on it. Every step goes through the same services and authority checks as the app, so the audit log tells the
 * story. Running it again reuses the demo users and production.
 */
export const seedDemo = async (deps: ServerDeps): Promise<DemoResult> => {
  const users = new Map<Role, User>();
  for (const member of DEMO_TEAM) users.set(member.role, await ensureUser(deps, member));
  const result = (productionId: ProductionId, created: boolean): DemoResult => ({
    productionId,
    created,
    users: DEMO_TEAM.map((m) => ({
      email: m.email,
      password: DEMO_PASSWORD,
      role: m.role,
      name: m.name,
    })),
  });
  const as = (role: Role): ServiceContext => asContext(deps, mustGet(users, role));

  const existing = (
    await readOnly(deps).productions.listForPerson(mustGet(users, 'executive-producer').personId)
  ).find((p) => p.production.title === DEMO_TITLE && p.roles.includes('executive-producer'));
  if (existing) return result(existing.production.id, false);

  const production = await createProduction(as('executive-producer'), {
    title: DEMO_TITLE,
    kind: 'feature-film',
    currency: 'USD',
    timeZone: 'America/Los_Angeles',
    seasons: [],
  });
  const id = production.id as ProductionId;
  const usd = production.currency as CurrencyCode;
  const dollars = (n: number): MinorUnits => fromMajorUnits(n, usd);
  const member = (role: Role): DemoMember => DEMO_TEAM.find((m) => m.role === role) ?? fail(role);

  // Hire in the order a production staffs up, each by the role that hires it; above a signing limit the hire
  // waits for approval and the approver named by the matrix signs it off.
  const hire = async (by: Role, role: Role, approveAs?: Role): Promise<void> => {
    const m = member(role);
    const hired = await addTeamMember(
      as(by),
      id,
      {
        personId: mustGet(users, role).personId,
        role,
        fee: dollars(m.fee),
        ...(m.department ? { department: m.department } : {}),
      },
      () => undefined,
    );
    if (approveAs) await approve(hired, approveAs);
  };
  const approve = async (outcome: TakeActionResult, as_: Role): Promise<void> => {
    if (outcome.outcome !== 'approval-requested') return;
    await decideApproval(as(as_), outcome.request.id, 'approve', { note: 'Approved for the demo' });
  };

  await hire('executive-producer', 'producer');
  await hire('executive-producer', 'co-producer');
  await hire('executive-producer', 'senior-producer');
  await hire('executive-producer', 'associate-producer');
  await hire('executive-producer', 'financier-representative');
  await hire('producer', 'unit-production-manager');
  await hire('producer', 'director', 'executive-producer');
  await hire('producer', 'cast', 'executive-producer');
  await hire('unit-production-manager', 'line-producer');
  await hire('unit-production-manager', 'production-manager');
  await hire('unit-production-manager', 'production-accountant');
  await hire('unit-production-manager', 'department-head');
  // The 1st AC's fee is above the production manager's limit, so the UPM signs it off; a 2nd AC (no login)
  // is left waiting on the UPM, for the inbox.
  await hire('production-manager', 'crew', 'unit-production-manager');
  await addTeamMember(
    as('production-manager'),
    id,
    { name: 'Jo Park', role: 'crew', department: 'camera', fee: dollars(11_000) },
    () => undefined,
  );

  // Development: the script broken down, the schedule, the budget approved and the financing plan. Closed
  // financing falls short of the budget (the pre-sale is still in negotiation), so the greenlight gate
  // refuses; the executive producer, who holds the final financial say, overrides it on the record.
  await seedDemoScript(as, id);
  await seedDemoSchedule(as, id);
  const budget = await seedDemoBudget(as, id);
  await seedDemoFinancing(as, id, budget.versionId);
  await changeStage(
    as('executive-producer'),
    id,
    {
      to: 'pre-production',
      note: 'Cast attached, equity and the tax credit closed',
      override: {
        reason:
          'The Northern Lights pre-sale is at final terms and Harbour Equity bridges the rest until it closes',
      },
    },
    () => undefined,
  );

  await createExpenditure(as('production-manager'), id, {
    description: 'Camera package, 6 weeks',
    vendor: 'Pacific Camera Rental',
    department: 'camera',
    amount: dollars(8_500),
  });
  await createExpenditure(as('line-producer'), id, {
    description: 'Harbour office location fee',
    vendor: 'Port of San Pedro',
    department: 'locations',
    amount: dollars(18_000),
  });
  const lenses = await createExpenditure(as('department-head'), id, {
    description: 'Anamorphic lens rental',
    vendor: 'Pacific Camera Rental',
    department: 'camera',
    amount: dollars(2_400),
  });
  if (lenses.request)
    await decideApproval(
      as('unit-production-manager'),
      lenses.request.id as ApprovalRequestId,
      'approve',
      {},
    );
  await createExpenditure(as('producer'), id, {
    description: 'Technocrane and remote head, 2 weeks',
    vendor: 'Crane Works',
    department: 'grip',
    amount: dollars(150_000),
  });
  await seedDemoCost(as, id);
  await performAction(as('director'), id, {
    action: 'creative.approve-locations' satisfies ActionId,
    summary: 'Lock the breakwater at dawn for scene 12',
  });
  await seedDemoCallSheets(as, id);
  await seedDemoTimecards(as, id);
  await seedDemoProductionReports(as, id);
  return result(id, true);
};

const ensureUser = async (deps: ServerDeps, member: DemoMember): Promise<User> => {
  const found = await readOnly(deps).users.findByEmail(member.email);
  if (found) return found.user;
  await createUser(deps, {
    email: member.email,
    name: member.name,
    password: DEMO_PASSWORD,
    isAdmin: member.role === 'executive-producer',
  });
  const created = await readOnly(deps).users.findByEmail(member.email);
  if (!created) throw new DomainError('internal', `Demo user ${member.email} was not created`);
  return created.user;
};

const mustGet = <K, V>(map: ReadonlyMap<K, V>, key: K): V => {
  const value = map.get(key);
  if (value === undefined) throw new DomainError('internal', `Demo has no ${String(key)}`);
  return value;
};

const fail = (role: Role): never => {
  throw new DomainError('internal', `Demo team has no ${role}`);
};

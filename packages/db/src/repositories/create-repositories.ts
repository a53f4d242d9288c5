import type { AuthoritySnapshot, ProductionId } from '@greenlight/domain';
import type { DbExecutor } from '../database-schema.js';
import {
  createApprovalRequestsRepository,
  type ApprovalRequestsRepository,
} from './approval-requests-repository.js';
import {
  createAssignmentsRepository,
  type AssignmentsRepository,
} from './assignments-repository.js';
import { createAuditLogRepository, type AuditLogRepository } from './audit-log-repository.js';
import {
  createAuthorityMatricesRepository,
  type AuthorityMatricesRepository,
} from './authority-matrices-repository.js';
import {
  createDelegationsRepository,
  type DelegationsRepository,
} from './delegations-repository.js';
import {
  createExpendituresRepository,
  type ExpendituresRepository,
} from './expenditures-repository.js';
import {
  createCalendarFeedsRepository,
  type CalendarFeedsRepository,
} from './calendar-feeds-repository.js';
import { createBreakdownRepository, type BreakdownRepository } from './breakdown-repository.js';
import { createScriptsRepository, type ScriptsRepository } from './scripts-repository.js';
import { createScheduleRepository, type ScheduleRepository } from './schedule-repository.js';
import { createBudgetsRepository, type BudgetsRepository } from './budgets-repository.js';
import { createFinancingRepository, type FinancingRepository } from './financing-repository.js';
import { createCallSheetsRepository, type CallSheetsRepository } from './call-sheets-repository.js';
import { createCostRepository, type CostRepository } from './cost-repository.js';
import {
  createProductionReportRepository,
  type ProductionReportRepository,
} from './production-report-repository.js';
import { createTimecardRepository, type TimecardRepository } from './timecard-repository.js';
import { loadAuthoritySnapshot } from './load-authority-snapshot.js';
import { createPeopleRepository, type PeopleRepository } from './people-repository.js';
import {
  createProductionsRepository,
  type ProductionsRepository,
} from './productions-repository.js';
import { createSessionsRepository, type SessionsRepository } from './sessions-repository.js';
import { createUsersRepository, type UsersRepository } from './users-repository.js';

export type Repositories = {
  readonly people: PeopleRepository;
  readonly users: UsersRepository;
  readonly sessions: SessionsRepository;
  readonly productions: ProductionsRepository;
  readonly assignments: AssignmentsRepository;
  readonly authorityMatrices: AuthorityMatricesRepository;
  readonly delegations: DelegationsRepository;
  readonly approvalRequests: ApprovalRequestsRepository;
  readonly auditLog: AuditLogRepository;
  readonly expenditures: ExpendituresRepository;
  readonly scripts: ScriptsRepository;
  readonly breakdown: BreakdownRepository;
  readonly schedule: ScheduleRepository;
  readonly calendarFeeds: CalendarFeedsRepository;
  readonly budgets: BudgetsRepository;
  readonly financing: FinancingRepository;
  readonly callSheets: CallSheetsRepository;
  readonly cost: CostRepository;
  readonly productionReports: ProductionReportRepository;
  readonly timecards: TimecardRepository;
  loadAuthoritySnapshot(productionId: ProductionId): Promise<AuthoritySnapshot | null>;
};

/**
 * Every repository over one executor: the database (each call on its own) or a transaction (all or nothing).
 *
 * @example
 * await database.transaction(async (tx) => {
 *   const repos = createRepositories(tx);
 *   const request = await repos.approvalRequests.create({ ... });
 *   await repos.auditLog.append([{ ... }]); // a throw anywhere rolls both back
 * });
 */
export const createRepositories = (executor: DbExecutor): Repositories => ({
  people: createPeopleRepository(executor),
  users: createUsersRepository(executor),
  sessions: createSessionsRepository(executor),
  productions: createProductionsRepository(executor),
  assignments: createAssignmentsRepository(executor),
  authorityMatrices: createAuthorityMatricesRepository(executor),
  delegations: createDelegationsRepository(executor),
  approvalRequests: createApprovalRequestsRepository(executor),
  auditLog: createAuditLogRepository(executor),
  expenditures: createExpendituresRepository(executor),
  scripts: createScriptsRepository(executor),
  breakdown: createBreakdownRepository(executor),
  schedule: createScheduleRepository(executor),
  calendarFeeds: createCalendarFeedsRepository(executor),
  budgets: createBudgetsRepository(executor),
  financing: createFinancingRepository(executor),
  callSheets: createCallSheetsRepository(executor),
  cost: createCostRepository(executor),
  productionReports: createProductionReportRepository(executor),
  timecards: createTimecardRepository(executor),
  loadAuthoritySnapshot: (productionId) => loadAuthoritySnapshot(executor, productionId),
});

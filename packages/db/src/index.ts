// The public API of @greenlight/db: the only barrel in the package. Repositories return domain types; row
// types and Kysely stay inside (DbExecutor is the one handle that crosses, to pass to createRepositories).
export { openDatabase, type OpenDatabaseOptions } from './open-database.js';
export type { Database, DatabaseKind } from './database.js';
export type { DbExecutor } from './database-schema.js';
export { checkDatabase, type DatabaseCheck } from './check-database.js';
export {
  readDataDirLockState,
  describeLockState,
  LOCK_FILE_NAME,
  type DataDirLockOwner,
  type DataDirLockState,
} from './data-dir-lock.js';
export { getMigrationStatus, type MigrationStatus } from './migrations/migrate-to-latest.js';
export { createRepositories, type Repositories } from './repositories/create-repositories.js';
export { loadAuthoritySnapshot } from './repositories/load-authority-snapshot.js';
export type {
  CreatePersonInput,
  PersonChanges,
  PeopleRepository,
} from './repositories/people-repository.js';
export type {
  CreateUserInput,
  UserCredentials,
  UsersRepository,
} from './repositories/users-repository.js';
export {
  hashSessionToken,
  type CreateSessionInput,
  type Session,
  type SessionWithUser,
  type SessionsRepository,
} from './repositories/sessions-repository.js';
export type {
  ChangeOptions,
  CreateProductionInput,
  ProductionChanges,
  ProductionWithRoles,
  ProductionsRepository,
  SetStageOptions,
} from './repositories/productions-repository.js';
export type {
  AssignmentsRepository,
  CreateAssignmentInput,
} from './repositories/assignments-repository.js';
export type {
  AuthorityMatricesRepository,
  SaveAuthorityMatrixOptions,
  VersionedAuthorityMatrix,
} from './repositories/authority-matrices-repository.js';
export type {
  CreateDelegationInput,
  DelegationsRepository,
  ListDelegationsOptions,
} from './repositories/delegations-repository.js';
export type {
  ApprovalRequestChanges,
  ApprovalRequestExpectation,
  ApprovalRequestsRepository,
  CreateApprovalRequestInput,
  ListApprovalRequestsOptions,
} from './repositories/approval-requests-repository.js';
export {
  AUDIT_LOG_MAX_PAGE,
  type AuditLogFilter,
  type AuditLogQuery,
  type AuditLogRepository,
} from './repositories/audit-log-repository.js';
export type {
  CreateExpenditureInput,
  ExpendituresRepository,
  ListExpendituresOptions,
  UpdateExpenditureStatusOptions,
} from './repositories/expenditures-repository.js';
export type { CreateDraftInput, ScriptsRepository } from './repositories/scripts-repository.js';
export type { BreakdownRepository, CreateTagInput } from './repositories/breakdown-repository.js';
export type {
  CreateStripboardInput,
  ScheduleRepository,
} from './repositories/schedule-repository.js';
export type {
  CalendarFeedsRepository,
  CreateCalendarFeedInput,
  CreatedCalendarFeed,
} from './repositories/calendar-feeds-repository.js';
export type {
  BudgetRecord,
  BudgetsRepository,
  BudgetVersionChanges,
  BudgetVersionRecord,
  CreateBudgetInput,
  CreateBudgetVersionInput,
  SetBudgetStatusInput,
} from './repositories/budgets-repository.js';
export type {
  CreateFinancingSourceInput,
  FinancingPlan,
  FinancingRepository,
  FinancingSourceChanges,
  FinancingSourceRecord,
} from './repositories/financing-repository.js';
export type {
  CallSheetIssueSummary,
  CallSheetsRepository,
  NewRecipient,
  PublishCallSheetInput,
  SaveCallSheetInput,
} from './repositories/call-sheets-repository.js';
export type {
  CostEstimate,
  CostEstimateTarget,
  CostOverage,
  CostRepository,
  IssuedCostReport,
  ListSpendingDocumentsOptions,
  SaveVendorInput,
  StoredSpendingDocument,
} from './repositories/cost-repository.js';
export type {
  ProductionReportMoveInput,
  ProductionReportRepository,
  SaveProductionReportInput,
} from './repositories/production-report-repository.js';
export type {
  PostLabourActualsInput,
  SaveLabourDealInput,
  SaveTimecardApprovalInput,
  SaveTimecardDaysInput,
  StoredLabourDeal,
  StoredTimecard,
  TimecardRepository,
} from './repositories/timecard-repository.js';

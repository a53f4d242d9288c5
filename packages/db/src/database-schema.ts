import type { ColumnType, Generated, Kysely } from 'kysely';
import type {
  CostEstimatesTable,
  CostLedgerGroupsTable,
  CostLedgerOrdersTable,
  CostLedgerProblemsTable,
  CostLedgerStateTable,
  CostLedgerTotalsTable,
  CostOveragesTable,
  CostReportBudgetsTable,
  CostReportsTable,
  SpendingApprovalsTable,
  SpendingDocumentLinesTable,
  SpendingDocumentsTable,
  VendorsTable,
} from './database-schema-cost.js';
import type { ProductionReportsTable } from './database-schema-production-report.js';
import type {
  LabourActualsTable,
  LabourDealsTable,
  TimecardDaysTable,
  TimecardSignaturesTable,
  TimecardsTable,
} from './database-schema-timecards.js';

// Row shapes as the drivers return them (see value-parsers.ts): int8 → number, date → 'YYYY-MM-DD',
// timestamptz → ISO string, jsonb → parsed JSON. These types never leave the package: repositories map rows
// to domain types.

/** timestamptz with a database default: optional on insert. */
type CreatedAt = ColumnType<string, string | undefined, never>;
/** timestamptz written by the application. */
type Timestamp = ColumnType<string, string, string>;
type NullableTimestamp = ColumnType<string | null, string | null | undefined, string | null>;
/**
 * jsonb is written as JSON text: node-postgres would turn a JavaScript array into a PostgreSQL array literal,
 * while a string is passed through unchanged by both drivers.
 */
type Json = ColumnType<unknown, string, string>;
type JsonWithDefault = ColumnType<unknown, string | undefined, string>;

export interface PeopleTable {
  id: Generated<string>;
  name: string;
  email: string | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  password_hash: string;
  person_id: string;
  is_admin: Generated<boolean>;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface ProductionsTable {
  id: Generated<string>;
  title: string;
  kind: string;
  currency: string;
  time_zone: string;
  stage: Generated<string>;
  seasons: JsonWithDefault;
  created_at: CreatedAt;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface AssignmentsTable {
  id: Generated<string>;
  production_id: string;
  person_id: string;
  role: string;
  department: string | null;
  reports_to: string | null;
  created_at: CreatedAt;
}

export interface AuthorityMatricesTable {
  production_id: string;
  matrix: Json;
  version: number;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface DelegationsTable {
  id: Generated<string>;
  production_id: string;
  from_person_id: string;
  to_person_id: string;
  actions: Json;
  starts_on: string;
  ends_on: string;
  limit_minor: number | null;
  revoked_at: NullableTimestamp;
  created_at: CreatedAt;
}

export interface ApprovalRequestsTable {
  id: Generated<string>;
  production_id: string;
  action: string;
  requested_by: string;
  amount_minor: number | null;
  department: string | null;
  summary: string;
  payload: JsonWithDefault;
  status: Generated<string>;
  routed_to: JsonWithDefault;
  level: Generated<number>;
  created_at: CreatedAt;
  decided_at: NullableTimestamp;
  decided_by: string | null;
  decision_reason: string | null;
}

export interface AuditLogTable {
  sequence: Generated<number>;
  production_id: string | null;
  at: ColumnType<string, string, never>;
  actor_person_id: string | null;
  action: string;
  outcome: string;
  rule: string;
  amount_minor: number | null;
  approval_request_id: string | null;
  details: JsonWithDefault;
}

export interface ExpendituresTable {
  id: Generated<string>;
  production_id: string;
  description: string;
  vendor: string | null;
  department: string | null;
  amount_minor: number;
  status: string;
  requested_by: string;
  approval_request_id: string | null;
  created_at: CreatedAt;
}

export interface ScriptsTable {
  id: Generated<string>;
  production_id: string;
  created_at: CreatedAt;
}

export interface ScriptDraftsTable {
  id: Generated<string>;
  script_id: string;
  number: number;
  title: string | null;
  revision_colour: string;
  draft_date: string;
  file_name: string;
  format: string;
  document: Json;
  diagnostics: JsonWithDefault;
  omitted: JsonWithDefault;
  imported_by: string;
  imported_at: CreatedAt;
}

export interface ScriptScenesTable {
  id: Generated<string>;
  script_id: string;
}

export interface DraftScenesTable {
  draft_id: string;
  scene_id: string;
  position: number;
  number: string;
  heading: string;
  int_ext: string | null;
  location: string;
  time_of_day: string | null;
  page_start: number;
  eighths: number;
  characters: Json;
  synopsis: string | null;
  element_index: number;
  status: string;
  previous_number: string | null;
}

export interface BreakdownElementsTable {
  id: Generated<string>;
  script_id: string;
  category: string;
  name: string;
  cast_number: number | null;
  daily_rate_minor: ColumnType<number | null, number | null | undefined, number | null>;
  person_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface ScheduleSettingsTable {
  production_id: string;
  calendar: Json;
  max_eighths_per_day: number;
  company_move_cost_minor: number;
  drop_pickup_after_days: number | null;
  scene_order: JsonWithDefault;
  cast_availability: JsonWithDefault;
  location_availability: JsonWithDefault;
  same_day: JsonWithDefault;
  max_minutes_per_day: number | null;
  scene_minutes: JsonWithDefault;
  crew_call: string | null;
  version: Generated<number>;
}

export interface StripboardsTable {
  id: Generated<string>;
  production_id: string;
  name: string;
  kind: string;
  unit: string;
  locked: Generated<boolean>;
  strips: Json;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface BreakdownTagsTable {
  id: Generated<string>;
  element_id: string;
  scene_id: string;
  draft_id: string | null;
  element_index: number | null;
  span_start: number | null;
  span_end: number | null;
  span_text: string | null;
  review_reason: string | null;
  created_at: CreatedAt;
}

export interface ScriptSetsTable {
  script_id: string;
  name: string;
  shooting_location: string;
}

export interface CalendarFeedsTable {
  id: Generated<string>;
  production_id: string;
  person_id: string;
  scope: string;
  token_hash: string;
  created_at: CreatedAt;
  revoked_at: NullableTimestamp;
}

export interface BudgetsTable {
  id: Generated<string>;
  production_id: string;
  name: string;
  template_id: string | null;
  main: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface BudgetVersionsTable {
  id: Generated<string>;
  budget_id: string;
  number: number;
  name: string;
  status: string;
  currency: string;
  setup: Json;
  account_departments: JsonWithDefault;
  revision: Generated<number>;
  line_count: Generated<number>;
  grand_total_minor: Generated<number>;
  revision_of: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<string, string | undefined, string>;
  submitted_by: string | null;
  submitted_at: NullableTimestamp;
  approved_by: string | null;
  approved_at: NullableTimestamp;
  locked_at: NullableTimestamp;
}

export interface BudgetLinesTable {
  version_id: string;
  line_id: string;
  position: number;
  account_number: string;
  description: string;
  quantity: number | null;
  global_name: string | null;
  unit: string;
  multiplier: number;
  rate_minor: number;
  currency: string;
  fringe_ids: JsonWithDefault;
  schedule_link: ColumnType<unknown, string | null, string | null>;
}

export interface FinancingSourcesTable {
  id: Generated<string>;
  production_id: string;
  name: string;
  counterparty: string | null;
  kind: string;
  status: string;
  amount_minor: number;
  currency: string;
  terms: Json;
  recoupment_rank: number | null;
  conditions: JsonWithDefault;
  drawdowns: JsonWithDefault;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface FinancingPlansTable {
  production_id: string;
  planned_spending: JsonWithDefault;
  first_week: string | null;
  version: Generated<number>;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface CallSheetsTable {
  production_id: string;
  shoot_date: string;
  details: Json;
  version: Generated<number>;
  updated_at: ColumnType<string, string | undefined, string>;
  updated_by: string | null;
}

export interface CallSheetPublicationsTable {
  id: Generated<string>;
  production_id: string;
  shoot_date: string;
  revision: number;
  sheet: Json;
  changes: JsonWithDefault;
  published_by: string | null;
  published_at: Timestamp;
}

export interface CallSheetRecipientsTable {
  id: Generated<string>;
  publication_id: string;
  person_id: string | null;
  name: string;
  email: string;
  token_hash: string;
  sent_at: NullableTimestamp;
  send_error: ColumnType<string | null, string | null | undefined, string | null>;
  confirmed_at: NullableTimestamp;
}

export interface DatabaseSchema {
  people: PeopleTable;
  users: UsersTable;
  sessions: SessionsTable;
  productions: ProductionsTable;
  assignments: AssignmentsTable;
  authority_matrices: AuthorityMatricesTable;
  delegations: DelegationsTable;
  approval_requests: ApprovalRequestsTable;
  audit_log: AuditLogTable;
  expenditures: ExpendituresTable;
  scripts: ScriptsTable;
  script_drafts: ScriptDraftsTable;
  script_scenes: ScriptScenesTable;
  draft_scenes: DraftScenesTable;
  breakdown_elements: BreakdownElementsTable;
  breakdown_tags: BreakdownTagsTable;
  script_sets: ScriptSetsTable;
  schedule_settings: ScheduleSettingsTable;
  stripboards: StripboardsTable;
  calendar_feeds: CalendarFeedsTable;
  budgets: BudgetsTable;
  budget_versions: BudgetVersionsTable;
  budget_lines: BudgetLinesTable;
  financing_sources: FinancingSourcesTable;
  financing_plans: FinancingPlansTable;
  call_sheets: CallSheetsTable;
  call_sheet_publications: CallSheetPublicationsTable;
  call_sheet_recipients: CallSheetRecipientsTable;
  vendors: VendorsTable;
  spending_documents: SpendingDocumentsTable;
  spending_document_lines: SpendingDocumentLinesTable;
  spending_approvals: SpendingApprovalsTable;
  cost_estimates: CostEstimatesTable;
  cost_reports: CostReportsTable;
  cost_overages: CostOveragesTable;
  cost_ledger_state: CostLedgerStateTable;
  cost_ledger_groups: CostLedgerGroupsTable;
  cost_ledger_totals: CostLedgerTotalsTable;
  cost_ledger_orders: CostLedgerOrdersTable;
  cost_ledger_problems: CostLedgerProblemsTable;
  cost_report_budgets: CostReportBudgetsTable;
  production_reports: ProductionReportsTable;
  labour_deals: LabourDealsTable;
  timecards: TimecardsTable;
  timecard_days: TimecardDaysTable;
  timecard_signatures: TimecardSignaturesTable;
  labour_actuals: LabourActualsTable;
}

/**
 * What repositories run on: the database's Kysely instance or a transaction of it. Outside this package treat
 * it as an opaque handle to pass to `createRepositories`.
 */
export type DbExecutor = Kysely<DatabaseSchema>;

import type { ColumnType, Generated, Kysely } from 'kysely';

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
}

/**
 * What repositories run on: the database's Kysely instance or a transaction of it. Outside this package treat
 * it as an opaque handle to pass to `createRepositories`.
 */
export type DbExecutor = Kysely<DatabaseSchema>;

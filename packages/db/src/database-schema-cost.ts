import type { ColumnType, Generated } from 'kysely';

// The cost-control tables (migration 0012), apart from database-schema.ts for its length; same conventions.

type CreatedAt = ColumnType<string, string | undefined, never>;
type Timestamp = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string, string>;

export interface VendorsTable {
  id: Generated<string>;
  production_id: string;
  name: string;
  kind: string;
  tax_id: string | null;
  contact: string;
  currency: string;
  w9_on_file: boolean | null;
  reportable_1099: boolean | null;
  created_at: CreatedAt;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface SpendingDocumentsTable {
  id: Generated<string>;
  production_id: string;
  kind: string;
  number: string;
  vendor_id: string | null;
  date: string;
  currency: string;
  description: string;
  purchase_order_id: string | null;
  status: string;
  requested_by: string;
  submission: Generated<number>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface SpendingDocumentLinesTable {
  document_id: string;
  line_id: string;
  position: number;
  account_number: string;
  episode: string | null;
  set_name: string | null;
  description: string;
  amount_minor: number;
  relieves_line_id: string | null;
  relieves_minor: number | null;
}

export interface SpendingApprovalsTable {
  document_id: string;
  submission: number;
  person_id: string;
  at: Timestamp;
  basis: Json;
  covers: boolean;
}

export interface CostEstimatesTable {
  production_id: string;
  target: string;
  key: string;
  amount_minor: number;
  entered_by: string | null;
  entered_at: Timestamp;
}

export interface CostReportsTable {
  id: Generated<string>;
  production_id: string;
  as_of: string;
  snapshot: Json;
  issued_by: string | null;
  issued_at: Timestamp;
}

export interface CostOveragesTable {
  id: Generated<string>;
  production_id: string;
  account_number: string;
  amount_minor: number;
  reason: string;
  requested_by: string | null;
  approved_at: Timestamp;
}

// The cost ledger kept in the database (migration 0013).

export interface CostLedgerStateTable {
  production_id: string;
  currency: string;
  exchange_rates: Json;
  document_count: number;
  version_sum: number;
}

export interface CostLedgerGroupsTable {
  group_id: string;
  production_id: string;
  steps: Json;
}

export interface CostLedgerTotalsTable {
  production_id: string;
  account_number: string;
  date: string;
  actuals_minor: number;
  commitments_minor: number;
  postings: number;
}

export interface CostLedgerOrdersTable {
  purchase_order_id: string;
  production_id: string;
  valid_from: string;
  valid_until: string | null;
  number: string;
  currency: string;
  amount_minor: number;
  invoiced_minor: number;
  liquidated_minor: number;
  open_minor: number;
  overrun_minor: number;
}

export interface CostLedgerProblemsTable {
  group_id: string;
  production_id: string;
  valid_from: string;
  valid_until: string | null;
  document_id: string;
  code: string;
  message: string;
}

export interface CostReportBudgetsTable {
  version_id: string;
  revision: number;
  budget: Json;
}

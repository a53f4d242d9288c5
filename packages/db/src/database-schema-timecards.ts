import type { ColumnType, Generated } from 'kysely';

// The timecard tables (migration 0015), apart from database-schema.ts for its length; same conventions.

type Timestamp = ColumnType<string, string, string>;

export interface LabourDealsTable {
  production_id: string;
  person_id: string;
  agreement_id: string;
  agreement_year: number;
  rate_kind: string;
  rate_minor: number;
  guaranteed_minutes: number | null;
  currency: string;
  department: string | null;
  title: string;
  account_number: string;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface TimecardsTable {
  id: Generated<string>;
  production_id: string;
  person_id: string;
  week_start: string;
  status: Generated<string>;
  version: Generated<number>;
  submission: Generated<number>;
  returned_by: string | null;
  returned_at: string | null;
  return_reason: string | null;
  approved_pay: ColumnType<unknown, string | null | undefined, string | null>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface TimecardDaysTable {
  timecard_id: string;
  work_date: string;
  kind: string;
  call_minute: number | null;
  meal1_out: number | null;
  meal1_in: number | null;
  meal2_out: number | null;
  meal2_in: number | null;
  wrap_minute: number | null;
}

export interface TimecardSignaturesTable {
  timecard_id: string;
  submission: number;
  step: string;
  person_id: string;
  role: string | null;
  signed_at: Timestamp;
}

export interface LabourActualsTable {
  id: Generated<string>;
  production_id: string;
  timecard_id: string;
  person_id: string;
  week_start: string;
  account_number: string;
  work_date: string;
  amount_minor: number;
  currency: string;
  posted_at: Timestamp;
}

import type { ColumnType, Generated } from 'kysely';

// The production report table (migration 0014), apart from database-schema.ts for its length; same
// conventions.

type Timestamp = ColumnType<string, string, string>;
type NullableTimestamp = ColumnType<string | null, string | null | undefined, string | null>;
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;

export interface ProductionReportsTable {
  production_id: string;
  shoot_date: string;
  revision: number;
  entry: Json;
  status: Generated<string>;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
  submitted_at: NullableTimestamp;
  submitted_by: ColumnType<string | null, string | null | undefined, string | null>;
  signed_at: NullableTimestamp;
  signed_by: ColumnType<string | null, string | null | undefined, string | null>;
  signed_report: NullableJson;
}

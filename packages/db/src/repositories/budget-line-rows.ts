import {
  BUDGET_UNITS,
  DomainError,
  type CurrencyCode,
  type DetailLine,
  type MinorUnits,
  type Quantity,
  type ScheduleLink,
} from '@greenlight/domain';
import { sql } from 'kysely';
import type { DbExecutor } from '../database-schema.js';
import { toJsonText, toOneOf } from './row-values.js';

// Detail lines between the domain and the `budget_lines` table: rows to write, the packed form `lines`
// reads, and replacing lines where they are.

export const toLineRow = (versionId: string, line: DetailLine, position: number) => ({
  version_id: versionId,
  line_id: line.id,
  position,
  account_number: line.accountNumber,
  description: line.description,
  quantity: line.amount.kind === 'quantity' ? line.amount.quantity : null,
  global_name: line.amount.kind === 'global' ? line.amount.name : null,
  unit: line.unit,
  multiplier: line.multiplier,
  rate_minor: line.rate,
  currency: line.currency,
  fringe_ids: toJsonText(line.fringeIds),
  schedule_link: line.scheduleLink === null ? null : toJsonText(line.scheduleLink),
});

/** A line as `lines` reads it: the columns of `budget_lines` in order, as one JSON array. */
export type PackedLine = [
  lineId: string,
  accountNumber: string,
  description: string,
  quantity: number | null,
  globalName: string | null,
  unit: string,
  multiplier: number,
  rateMinor: number,
  currency: string,
  fringeIds: string[],
  scheduleLink: ScheduleLink | null,
];

// Quantities, multipliers and rates are bigint columns; JSON carries them as numbers, exact while they are
// safe integers, which the engine's limits guarantee (and which is checked here, as the value parsers do).
const safe = (value: number, what: string): number => {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError(
      'internal',
      `A budget line's ${what} in the database is not a safe integer`,
    );
  }
  return value;
};

export const unpackLine = ([
  id,
  accountNumber,
  description,
  quantity,
  globalName,
  unit,
  multiplier,
  rateMinor,
  currency,
  fringeIds,
  scheduleLink,
]: PackedLine): DetailLine => ({
  id,
  accountNumber,
  description,
  amount:
    globalName !== null
      ? { kind: 'global', name: globalName }
      : { kind: 'quantity', quantity: safe(quantity ?? 0, 'quantity') as Quantity },
  unit: toOneOf(BUDGET_UNITS, unit, 'budget unit'),
  multiplier: safe(multiplier, 'multiplier') as Quantity,
  rate: safe(rateMinor, 'rate') as MinorUnits,
  currency: currency as CurrencyCode,
  // Written by this package from validated lines; read back as written.
  fringeIds,
  scheduleLink,
});

// Up to this many lines are updated one statement each, by primary key: the common edit of a line or a
// few is one row found through its key. Past it, one UPDATE … FROM (VALUES …) per batch.
const SINGLE_UPDATES = 20;

/** Lines replaced where they are; answers how many rows it found. */
export const updateLines = async (
  db: DbExecutor,
  versionId: string,
  lines: readonly DetailLine[],
): Promise<number> => {
  if (lines.length <= SINGLE_UPDATES) {
    let found = 0;
    for (const line of lines) {
      const {
        version_id: _v,
        line_id: lineId,
        position: _p,
        ...values
      } = toLineRow(versionId, line, 0);
      const result = await db
        .updateTable('budget_lines')
        .set(values)
        .where('version_id', '=', versionId)
        .where('line_id', '=', lineId)
        .executeTakeFirst();
      found += Number(result.numUpdatedRows);
    }
    return found;
  }
  const values = lines.map((line) => {
    const row = toLineRow(versionId, line, 0);
    return sql`(${row.line_id}::text, ${row.account_number}::text, ${row.description}::text,
      ${row.quantity}::bigint, ${row.global_name}::text, ${row.unit}::text, ${row.multiplier}::bigint,
      ${row.rate_minor}::bigint, ${row.currency}::text, ${row.fringe_ids}::jsonb, ${row.schedule_link}::jsonb)`;
  });
  const result = await sql`
    update budget_lines as l set
      account_number = v.account_number, description = v.description, quantity = v.quantity,
      global_name = v.global_name, unit = v.unit, multiplier = v.multiplier, rate_minor = v.rate_minor,
      currency = v.currency, fringe_ids = v.fringe_ids, schedule_link = v.schedule_link
    from (values ${sql.join(values)}) as v (line_id, account_number, description, quantity, global_name,
      unit, multiplier, rate_minor, currency, fringe_ids, schedule_link)
    where l.version_id = ${versionId}::uuid and l.line_id = v.line_id`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};

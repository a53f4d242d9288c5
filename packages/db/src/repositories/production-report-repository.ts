import {
  DomainError,
  type CalendarDate,
  type Instant,
  type PersonId,
  type ProductionId,
  type ProductionReport,
  type ProductionReportEntry,
  type ProductionReportRecord,
  type ProductionReportStatus,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor } from '../database-schema.js';
import type { ProductionReportsTable } from '../database-schema-production-report.js';
import { withConstraintErrors } from './constraint-errors.js';
import { isUuid, toCalendarDate, toInstant, toJsonText, toOneOf } from './row-values.js';

export type SaveProductionReportInput = {
  readonly productionId: ProductionId;
  readonly date: CalendarDate;
  readonly entry: ProductionReportEntry;
  /** The version the writer started from; 0 for a day nobody has reported yet. */
  readonly expectedVersion: number;
  readonly by: PersonId | null;
  readonly now: Instant;
};

/** A move of the current report: submitted, or signed with the report as it was signed. */
export type ProductionReportMoveInput = {
  readonly productionId: ProductionId;
  readonly date: CalendarDate;
  readonly expectedVersion: number;
  readonly by: PersonId | null;
  readonly now: Instant;
} & (
  | { readonly to: 'submitted' }
  | { readonly to: 'signed'; readonly report: ProductionReport }
  | { readonly to: 'correction' }
);

export type ProductionReportRepository = {
  /** The day's current report (its latest revision), or null before anyone has saved one. */
  current(productionId: ProductionId, date: CalendarDate): Promise<ProductionReportRecord | null>;
  /** The current report of every reported day of the production, by date. */
  listCurrent(productionId: ProductionId): Promise<ProductionReportRecord[]>;
  /**
   * Saves the current report's entry whole. Refuses (conflict) unless the day is still at `expectedVersion`
   * (0: no report yet) and its current report is not signed.
   */
  save(input: SaveProductionReportInput): Promise<ProductionReportRecord>;
  /**
   * Submits or signs the current report, or starts a correction of a signed one (a new revision, a draft
   * with the signed one's entry). Refuses (conflict) a stale version; the status rules are the domain's
   * (`nextProductionReportStatus`), checked by the caller.
   */
  move(input: ProductionReportMoveInput): Promise<ProductionReportRecord>;
};

const STATUSES: readonly ProductionReportStatus[] = ['draft', 'submitted', 'signed'];

const stale = (date: CalendarDate): DomainError =>
  new DomainError(
    'conflict',
    `Someone changed the production report for ${date} since you loaded it; load it again.`,
  );

export const createProductionReportRepository = (db: DbExecutor): ProductionReportRepository => {
  const current = async (
    productionId: ProductionId,
    date: CalendarDate,
  ): Promise<ProductionReportRecord | null> => {
    if (!isUuid(productionId)) return null;
    const row = await db
      .selectFrom('production_reports')
      .selectAll()
      .where('production_id', '=', productionId)
      .where('shoot_date', '=', date)
      .orderBy('revision', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? null : toRecord(row);
  };

  return {
    current,

    listCurrent: async (productionId) => {
      if (!isUuid(productionId)) return [];
      const rows = await db
        .selectFrom('production_reports as p')
        .selectAll('p')
        .where('p.production_id', '=', productionId)
        .where((eb) =>
          eb(
            'p.revision',
            '=',
            eb
              .selectFrom('production_reports as q')
              .select((q) => q.fn.max('q.revision').as('latest'))
              .whereRef('q.production_id', '=', 'p.production_id')
              .whereRef('q.shoot_date', '=', 'p.shoot_date'),
          ),
        )
        .orderBy('p.shoot_date')
        .execute();
      return rows.map(toRecord);
    },

    save: (input) =>
      withConstraintErrors(
        async () => {
          const values = {
            entry: toJsonText(input.entry),
            updated_at: input.now,
            updated_by: input.by,
          };
          if (input.expectedVersion === 0) {
            const row = await db
              .insertInto('production_reports')
              .values({
                production_id: input.productionId,
                shoot_date: input.date,
                revision: 1,
                ...values,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
            return toRecord(row);
          }
          const latest = await current(input.productionId, input.date);
          if (latest === null || latest.version !== input.expectedVersion) throw stale(input.date);
          const row = await db
            .updateTable('production_reports')
            .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
            .where('production_id', '=', input.productionId)
            .where('shoot_date', '=', input.date)
            .where('revision', '=', latest.revision)
            .where('version', '=', input.expectedVersion)
            .where('status', '<>', 'signed')
            .returningAll()
            .executeTakeFirst();
          if (row === undefined) throw stale(input.date);
          return toRecord(row);
        },
        ({ kind, constraint }) =>
          kind === 'unique' && constraint === 'production_reports_pkey'
            ? stale(input.date)
            : undefined,
      ),

    move: (input) =>
      withConstraintErrors(
        async () => {
          const latest = await current(input.productionId, input.date);
          if (latest === null || latest.version !== input.expectedVersion) throw stale(input.date);
          if (input.to === 'correction') {
            const row = await db
              .insertInto('production_reports')
              .values({
                production_id: input.productionId,
                shoot_date: input.date,
                revision: latest.revision + 1,
                entry: toJsonText(latest.entry),
                // The day's version runs on, so a page loaded before the correction is stale.
                version: latest.version + 1,
                updated_at: input.now,
                updated_by: input.by,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
            return toRecord(row);
          }
          const row = await db
            .updateTable('production_reports')
            .set((eb) => ({
              status: input.to,
              version: eb('version', '+', 1),
              ...(input.to === 'submitted'
                ? { submitted_at: input.now, submitted_by: input.by }
                : {
                    signed_at: input.now,
                    signed_by: input.by,
                    signed_report: toJsonText(input.report),
                  }),
            }))
            .where('production_id', '=', input.productionId)
            .where('shoot_date', '=', input.date)
            .where('revision', '=', latest.revision)
            .where('version', '=', input.expectedVersion)
            .where('status', '<>', 'signed')
            .returningAll()
            .executeTakeFirst();
          if (row === undefined) throw stale(input.date);
          return toRecord(row);
        },
        ({ kind, constraint }) =>
          kind === 'unique' && constraint === 'production_reports_pkey'
            ? stale(input.date)
            : undefined,
      ),
  };
};

const toRecord = (row: Selectable<ProductionReportsTable>): ProductionReportRecord => ({
  productionId: row.production_id as ProductionId,
  date: toCalendarDate(row.shoot_date),
  revision: row.revision,
  entry: row.entry as ProductionReportEntry,
  status: toOneOf(STATUSES, row.status, 'production report status'),
  version: row.version,
  updatedAt: toInstant(row.updated_at),
  updatedBy: row.updated_by as PersonId | null,
  submittedAt: row.submitted_at === null ? null : toInstant(row.submitted_at),
  submittedBy: row.submitted_by as PersonId | null,
  signedAt: row.signed_at === null ? null : toInstant(row.signed_at),
  signedBy: row.signed_by as PersonId | null,
  signed: row.signed_report === null ? null : (row.signed_report as ProductionReport),
});

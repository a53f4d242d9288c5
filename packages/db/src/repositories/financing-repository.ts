import {
  DomainError,
  FINANCING_SOURCE_KINDS,
  FINANCING_STATUSES,
  type CalendarDate,
  type CurrencyCode,
  type Drawdown,
  type FinancingSource,
  type FinancingTerms,
  type Instant,
  type MinorUnits,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor, FinancingSourcesTable } from '../database-schema.js';
import { withConstraintErrors, type DescribeViolation } from './constraint-errors.js';
import {
  isUuid,
  toCalendarDate,
  toInstant,
  toJsonText,
  toMinorUnits,
  toOneOf,
  toStringArray,
} from './row-values.js';

/** A source of the financing plan as stored: the domain's source, who the counterparty is, its version. */
export type FinancingSourceRecord = FinancingSource & {
  readonly productionId: ProductionId;
  /** The other party to the deal when it differs from the name (the fund behind "Equity, first close"). */
  readonly counterparty: string | null;
  /** Counts every change; writers name the version they started from. */
  readonly version: number;
  readonly createdBy: PersonId | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
};

export type CreateFinancingSourceInput = Omit<FinancingSource, 'id'> & {
  readonly productionId: ProductionId;
  readonly counterparty: string | null;
  readonly createdBy: PersonId | null;
  readonly now: Instant;
};

export type FinancingSourceChanges = Partial<
  Omit<FinancingSource, 'id'> & { readonly counterparty: string | null }
>;

/** Planned spending by week (index 0 is week 1), against which the drawdowns make the cash flow. */
export type FinancingPlan = {
  readonly plannedSpending: readonly MinorUnits[];
  /** The date week 1 starts, for labels; null when not set. */
  readonly firstWeek: CalendarDate | null;
  readonly version: number;
};

export type FinancingRepository = {
  /** Oldest first. */
  listSources(productionId: ProductionId): Promise<FinancingSourceRecord[]>;
  getSource(productionId: ProductionId, sourceId: string): Promise<FinancingSourceRecord | null>;
  createSource(input: CreateFinancingSourceInput): Promise<FinancingSourceRecord>;
  /** Refuses (conflict) unless the source is still `expectedVersion`. */
  updateSource(
    sourceId: string,
    changes: FinancingSourceChanges,
    expectedVersion: number,
    now: Instant,
  ): Promise<FinancingSourceRecord>;
  getPlan(productionId: ProductionId): Promise<FinancingPlan | null>;
  /** With `expectedVersion`, refuses (conflict) unless the plan is still that version. */
  savePlan(
    productionId: ProductionId,
    plan: Omit<FinancingPlan, 'version'>,
    expectedVersion: number | null,
    now: Instant,
  ): Promise<FinancingPlan>;
};

export const createFinancingRepository = (db: DbExecutor): FinancingRepository => ({
  listSources: async (productionId) => {
    if (!isUuid(productionId)) return [];
    const rows = await db
      .selectFrom('financing_sources')
      .selectAll()
      .where('production_id', '=', productionId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toSource);
  },

  getSource: async (productionId, sourceId) => {
    if (!isUuid(productionId) || !isUuid(sourceId)) return null;
    const row = await db
      .selectFrom('financing_sources')
      .selectAll()
      .where('id', '=', sourceId)
      .where('production_id', '=', productionId)
      .executeTakeFirst();
    return row === undefined ? null : toSource(row);
  },

  createSource: (input) =>
    withConstraintErrors(async () => {
      const row = await db
        .insertInto('financing_sources')
        .values({
          production_id: input.productionId,
          ...toSourceColumns(input),
          name: input.name.trim(),
          counterparty: input.counterparty,
          kind: input.kind,
          status: input.status,
          amount_minor: input.amount,
          currency: input.currency,
          created_by: input.createdBy,
          created_at: input.now,
          updated_at: input.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSource(row);
    }, describeViolation),

  updateSource: (sourceId, changes, expectedVersion, now) =>
    withConstraintErrors(async () => {
      const row = isUuid(sourceId)
        ? await db
            .updateTable('financing_sources')
            .set((eb) => ({
              ...(changes.name === undefined ? {} : { name: changes.name.trim() }),
              ...(changes.counterparty === undefined ? {} : { counterparty: changes.counterparty }),
              ...(changes.kind === undefined ? {} : { kind: changes.kind }),
              ...(changes.status === undefined ? {} : { status: changes.status }),
              ...(changes.amount === undefined ? {} : { amount_minor: changes.amount }),
              ...(changes.currency === undefined ? {} : { currency: changes.currency }),
              ...(changes.terms === undefined ? {} : toTermsColumns(changes.terms)),
              ...(changes.conditions === undefined
                ? {}
                : { conditions: toJsonText(changes.conditions) }),
              ...(changes.drawdowns === undefined
                ? {}
                : { drawdowns: toJsonText(changes.drawdowns) }),
              version: eb('version', '+', 1),
              updated_at: now,
            }))
            .where('id', '=', sourceId)
            .where('version', '=', expectedVersion)
            .returningAll()
            .executeTakeFirst()
        : undefined;
      if (row === undefined) {
        throw new DomainError(
          'conflict',
          'Someone changed this source of finance since you loaded it; load it again and redo your change',
          { sourceId },
        );
      }
      return toSource(row);
    }, describeViolation),

  getPlan: async (productionId) => {
    if (!isUuid(productionId)) return null;
    const row = await db
      .selectFrom('financing_plans')
      .selectAll()
      .where('production_id', '=', productionId)
      .executeTakeFirst();
    if (row === undefined) return null;
    return {
      plannedSpending: (row.planned_spending as number[]).map(toMinorUnits),
      firstWeek: row.first_week === null ? null : toCalendarDate(row.first_week),
      version: row.version,
    };
  },

  savePlan: async (productionId, plan, expectedVersion, now) => {
    const values = {
      planned_spending: toJsonText(plan.plannedSpending),
      first_week: plan.firstWeek,
      updated_at: now,
    };
    const row =
      expectedVersion === null
        ? await db
            .insertInto('financing_plans')
            .values({ production_id: productionId, ...values })
            .onConflict((oc) => oc.column('production_id').doNothing())
            .returning('version')
            .executeTakeFirst()
        : await db
            .updateTable('financing_plans')
            .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
            .where('production_id', '=', productionId)
            .where('version', '=', expectedVersion)
            .returning('version')
            .executeTakeFirst();
    if (row === undefined) {
      throw new DomainError(
        'conflict',
        'Someone changed the planned spending since you loaded it; load it again',
      );
    }
    return { ...plan, version: row.version };
  },
});

// The recoupment rank is a column (the waterfall orders by it); the other terms are one document.
const toTermsColumns = (terms: FinancingTerms) => {
  const { recoupmentRank, ...rest } = terms;
  return { terms: toJsonText(rest), recoupment_rank: recoupmentRank };
};

const toSourceColumns = (source: Omit<FinancingSource, 'id'>) => ({
  ...toTermsColumns(source.terms),
  conditions: toJsonText(source.conditions),
  drawdowns: toJsonText(source.drawdowns),
});

const toSource = (row: Selectable<FinancingSourcesTable>): FinancingSourceRecord => ({
  id: row.id,
  productionId: row.production_id as ProductionId,
  name: row.name,
  counterparty: row.counterparty,
  kind: toOneOf(FINANCING_SOURCE_KINDS, row.kind, 'financing source kind'),
  status: toOneOf(FINANCING_STATUSES, row.status, 'financing status'),
  amount: toMinorUnits(row.amount_minor),
  currency: row.currency as CurrencyCode,
  // Written by this package from validated terms; read back as written.
  terms: {
    ...(row.terms as Omit<FinancingTerms, 'recoupmentRank'>),
    recoupmentRank: row.recoupment_rank,
  },
  conditions: toStringArray(row.conditions, 'financing conditions'),
  drawdowns: row.drawdowns as Drawdown[],
  version: row.version,
  createdBy: row.created_by as PersonId | null,
  createdAt: toInstant(row.created_at),
  updatedAt: toInstant(row.updated_at),
});

const describeViolation: DescribeViolation = ({ kind, constraint }) => {
  if (constraint === 'financing_sources_name_check') {
    return new DomainError('validation', 'A source of finance needs a name', { field: 'name' });
  }
  if (constraint === 'financing_sources_amount_minor_check') {
    return new DomainError('validation', 'An amount of finance is not negative', {
      field: 'amount',
    });
  }
  return kind === 'foreign-key' ? new DomainError('not-found', 'No such production') : undefined;
};

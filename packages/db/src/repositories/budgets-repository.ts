import {
  BUDGET_STATUSES,
  DomainError,
  type BudgetSetup,
  type BudgetStatus,
  type BudgetVersion,
  type CurrencyCode,
  type Department,
  type DetailLine,
  type Instant,
  type MinorUnits,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import { sql, type Selectable } from 'kysely';
import type { BudgetsTable, BudgetVersionsTable, DbExecutor } from '../database-schema.js';
import { describeBudgetViolation, staleRevision, withoutCurrency } from './budget-errors.js';
import { withConstraintErrors } from './constraint-errors.js';
import { toLineRow, unpackLine, updateLines, type PackedLine } from './budget-line-rows.js';
import { isUuid, toInstant, toJsonText, toMinorUnits, toOneOf } from './row-values.js';

/** A budget of a production; its figures live in its versions. */
export type BudgetRecord = {
  readonly id: string;
  readonly productionId: ProductionId;
  readonly name: string;
  /** The template it was made from, for the record. */
  readonly templateId: string | null;
  /** The production budget: the one the greenlight gate and the financing gap read. */
  readonly main: boolean;
  readonly createdBy: PersonId | null;
  readonly createdAt: Instant;
};

/** A version as stored: the domain's version, its setup (no lines: see `lines`) and who did what when. */
export type BudgetVersionRecord = BudgetVersion & {
  readonly budgetId: string;
  readonly productionId: ProductionId;
  readonly currency: CurrencyCode;
  readonly setup: BudgetSetup;
  /** The department each account belongs to, for department-scoped edits; unlisted accounts have none. */
  readonly accountDepartments: Readonly<Record<string, Department>>;
  /** Counts every change to the setup or the lines; writers name the revision they started from. */
  readonly revision: number;
  readonly lineCount: number;
  readonly grandTotal: MinorUnits;
  readonly createdBy: PersonId | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
  readonly submittedBy: PersonId | null;
  readonly submittedAt: Instant | null;
  readonly approvedBy: PersonId | null;
  readonly approvedAt: Instant | null;
  readonly lockedAt: Instant | null;
};

export type CreateBudgetInput = {
  readonly productionId: ProductionId;
  readonly name: string;
  readonly templateId: string | null;
  readonly createdBy: PersonId | null;
  readonly now: Instant;
};

export type CreateBudgetVersionInput = {
  readonly budgetId: string;
  readonly number: number;
  readonly name: string;
  readonly setup: BudgetSetup;
  readonly accountDepartments: Readonly<Record<string, Department>>;
  /** Written in batches, in this order. */
  readonly lines: readonly DetailLine[];
  readonly grandTotal: MinorUnits;
  readonly revisionOf: string | null;
  readonly createdBy: PersonId | null;
  readonly now: Instant;
};

/** What a save changes: the setup, the lines (as their net effect), the totals kept for lists. */
export type BudgetVersionChanges = {
  /** Refused (conflict) unless the version is still at this revision. */
  readonly expectedRevision: number;
  readonly setup?: BudgetSetup;
  readonly accountDepartments?: Readonly<Record<string, Department>>;
  readonly lines?: {
    /** Appended after the last line, in this order. */
    readonly added: readonly DetailLine[];
    /** Replaced where they are (matched by id). */
    readonly updated: readonly DetailLine[];
    readonly removed: readonly string[];
  };
  readonly grandTotal: MinorUnits;
  readonly lineCount: number;
  readonly now: Instant;
};

export type SetBudgetStatusInput = {
  readonly expectedStatus: BudgetStatus;
  readonly status: BudgetStatus;
  readonly personId: PersonId | null;
  readonly now: Instant;
};

export type BudgetsRepository = {
  /** Oldest first. */
  list(productionId: ProductionId): Promise<BudgetRecord[]>;
  get(productionId: ProductionId, budgetId: string): Promise<BudgetRecord | null>;
  /** The production budget, or null while the production has none. */
  findMain(productionId: ProductionId): Promise<BudgetRecord | null>;
  /** A new budget; the production's first becomes its main budget. */
  create(input: CreateBudgetInput): Promise<BudgetRecord>;
  /** Every version of every budget of the production, by budget and number. */
  listVersions(productionId: ProductionId): Promise<BudgetVersionRecord[]>;
  getVersion(productionId: ProductionId, versionId: string): Promise<BudgetVersionRecord | null>;
  /** A new version with its lines. */
  createVersion(input: CreateBudgetVersionInput): Promise<BudgetVersionRecord>;
  /** A new draft whose setup and lines are a copy of `fromVersionId`'s, copied inside the database. */
  copyVersion(
    fromVersionId: string,
    input: Omit<CreateBudgetVersionInput, 'setup' | 'accountDepartments' | 'lines' | 'grandTotal'>,
  ): Promise<BudgetVersionRecord>;
  /** The version's detail lines in budget order. */
  lines(versionId: string): Promise<DetailLine[]>;
  /** Saves changes to a version's content, moving it to the next revision. */
  saveChanges(versionId: string, changes: BudgetVersionChanges): Promise<BudgetVersionRecord>;
  /** Moves a version's status, refusing (conflict) unless it is still `expectedStatus`. */
  setStatus(versionId: string, input: SetBudgetStatusInput): Promise<BudgetVersionRecord>;
};

// Rows per INSERT: 13 parameters a line keeps a batch below PostgreSQL's 65,535 parameters; fewer, larger
// statements are what makes saving 10,000 lines fast (measured on PGlite: 4,000 a batch takes half the time
// of 1,000).
const INSERT_BATCH = 4_000;
// Rows per UPDATE … FROM (VALUES …) and per DELETE … IN (…).
const CHANGE_BATCH = 500;

export const createBudgetsRepository = (db: DbExecutor): BudgetsRepository => {
  const getVersion = async (
    productionId: ProductionId,
    versionId: string,
  ): Promise<BudgetVersionRecord | null> => {
    if (!isUuid(versionId) || !isUuid(productionId)) return null;
    const row = await versionQuery(db)
      .where('budget_versions.id', '=', versionId)
      .where('budgets.production_id', '=', productionId)
      .executeTakeFirst();
    return row === undefined ? null : toVersion(row);
  };

  const versionById = async (versionId: string): Promise<BudgetVersionRecord> => {
    const row = await versionQuery(db)
      .where('budget_versions.id', '=', versionId)
      .executeTakeFirst();
    if (row === undefined) throw new DomainError('not-found', 'No such budget version');
    return toVersion(row);
  };

  const insertVersion = async (
    input: Omit<CreateBudgetVersionInput, 'setup' | 'lines'> & {
      readonly currency: string;
      readonly setup: Omit<BudgetSetup, 'currency'>;
      readonly lineCount: number;
    },
  ): Promise<string> => {
    const row = await db
      .insertInto('budget_versions')
      .values({
        budget_id: input.budgetId,
        number: input.number,
        name: input.name.trim(),
        status: 'draft',
        currency: input.currency,
        setup: toJsonText(input.setup),
        account_departments: toJsonText(input.accountDepartments),
        line_count: input.lineCount,
        grand_total_minor: input.grandTotal,
        revision_of: input.revisionOf,
        created_by: input.createdBy,
        created_at: input.now,
        updated_at: input.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };

  const insertLines = async (versionId: string, lines: readonly DetailLine[], from: number) => {
    for (let start = 0; start < lines.length; start += INSERT_BATCH) {
      await db
        .insertInto('budget_lines')
        .values(
          lines
            .slice(start, start + INSERT_BATCH)
            .map((line, offset) => toLineRow(versionId, line, from + start + offset)),
        )
        .execute();
    }
  };

  return {
    list: async (productionId) => {
      if (!isUuid(productionId)) return [];
      const rows = await db
        .selectFrom('budgets')
        .selectAll()
        .where('production_id', '=', productionId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toBudget);
    },

    get: async (productionId, budgetId) => {
      if (!isUuid(productionId) || !isUuid(budgetId)) return null;
      const row = await db
        .selectFrom('budgets')
        .selectAll()
        .where('id', '=', budgetId)
        .where('production_id', '=', productionId)
        .executeTakeFirst();
      return row === undefined ? null : toBudget(row);
    },

    findMain: async (productionId) => {
      if (!isUuid(productionId)) return null;
      const row = await db
        .selectFrom('budgets')
        .selectAll()
        .where('production_id', '=', productionId)
        .where('main', '=', true)
        .executeTakeFirst();
      return row === undefined ? null : toBudget(row);
    },

    create: (input) =>
      withConstraintErrors(async () => {
        const row = await db
          .insertInto('budgets')
          .values({
            production_id: input.productionId,
            name: input.name.trim(),
            template_id: input.templateId,
            // The first budget is the production budget; later ones are alternatives.
            main: sql<boolean>`not exists (select 1 from budgets
              where production_id = ${input.productionId}::uuid and main)`,
            created_by: input.createdBy,
            created_at: input.now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toBudget(row);
      }, describeBudgetViolation),

    listVersions: async (productionId) => {
      if (!isUuid(productionId)) return [];
      const rows = await versionQuery(db)
        .where('budgets.production_id', '=', productionId)
        .orderBy('budgets.created_at')
        .orderBy('budgets.id')
        .orderBy('budget_versions.number')
        .execute();
      return rows.map(toVersion);
    },

    getVersion,

    createVersion: (input) =>
      withConstraintErrors(async () => {
        const { currency, ...setup } = input.setup;
        const id = await insertVersion({
          ...input,
          currency,
          setup,
          lineCount: input.lines.length,
        });
        await insertLines(id, input.lines, 0);
        return versionById(id);
      }, describeBudgetViolation),

    copyVersion: (fromVersionId, input) =>
      withConstraintErrors(async () => {
        if (!isUuid(fromVersionId)) throw new DomainError('not-found', 'No such budget version');
        const from = await versionById(fromVersionId);
        const id = await insertVersion({
          ...input,
          currency: from.currency,
          setup: withoutCurrency(from.setup),
          accountDepartments: from.accountDepartments,
          lineCount: from.lineCount,
          grandTotal: from.grandTotal,
        });
        // Positions are renumbered from 0, which also drops the gaps left by removed lines.
        await sql`
          insert into budget_lines (version_id, line_id, position, account_number, description, quantity,
            global_name, unit, multiplier, rate_minor, currency, fringe_ids, schedule_link)
          select ${id}::uuid, line_id, (row_number() over (order by position) - 1)::integer,
            account_number, description, quantity, global_name, unit, multiplier, rate_minor, currency,
            fringe_ids, schedule_link
          from budget_lines where version_id = ${fromVersionId}::uuid`.execute(db);
        return versionById(id);
      }, describeBudgetViolation),

    lines: async (versionId) => {
      if (!isUuid(versionId)) return [];
      // One row of JSON text rather than a row per line: both drivers pay per row decoded, and for 10,000
      // lines this is several times faster (PGlite: about 100 ms instead of 280 ms).
      const { rows } = await sql<{ lines: string }>`
        select coalesce(jsonb_agg(jsonb_build_array(line_id, account_number, description, quantity,
          global_name, unit, multiplier, rate_minor, currency, fringe_ids, schedule_link)
          order by position), '[]')::text as lines
        from budget_lines where version_id = ${versionId}::uuid`.execute(db);
      return (JSON.parse(rows[0]?.lines ?? '[]') as PackedLine[]).map(unpackLine);
    },

    saveChanges: (versionId, changes) =>
      withConstraintErrors(async () => {
        // The version row first: its revision check makes a concurrent writer wait here, then fail.
        const { setup, accountDepartments } = changes;
        const moved = isUuid(versionId)
          ? await db
              .updateTable('budget_versions')
              .set((eb) => ({
                ...(setup === undefined
                  ? {}
                  : { setup: toJsonText(withoutCurrency(setup)), currency: setup.currency }),
                ...(accountDepartments === undefined
                  ? {}
                  : { account_departments: toJsonText(accountDepartments) }),
                revision: eb('revision', '+', 1),
                grand_total_minor: changes.grandTotal,
                line_count: changes.lineCount,
                updated_at: changes.now,
              }))
              .where('id', '=', versionId)
              .where('revision', '=', changes.expectedRevision)
              .returning('id')
              .executeTakeFirst()
          : undefined;
        if (moved === undefined) throw staleRevision(versionId);
        const lines = changes.lines;
        if (lines !== undefined) {
          for (let start = 0; start < lines.removed.length; start += CHANGE_BATCH) {
            await db
              .deleteFrom('budget_lines')
              .where('version_id', '=', versionId)
              .where('line_id', 'in', lines.removed.slice(start, start + CHANGE_BATCH))
              .execute();
          }
          for (let start = 0; start < lines.updated.length; start += CHANGE_BATCH) {
            const batch = lines.updated.slice(start, start + CHANGE_BATCH);
            const result = await updateLines(db, versionId, batch);
            if (result !== batch.length) throw staleRevision(versionId);
          }
          if (lines.added.length > 0) {
            const last = await db
              .selectFrom('budget_lines')
              .select((eb) => eb.fn.max('position').as('position'))
              .where('version_id', '=', versionId)
              .executeTakeFirst();
            await insertLines(versionId, lines.added, (last?.position ?? -1) + 1);
          }
        }
        return versionById(versionId);
      }, describeBudgetViolation),

    setStatus: (versionId, input) =>
      withConstraintErrors(async () => {
        const stamp = (() => {
          switch (input.status) {
            case 'submitted':
              return { submitted_by: input.personId, submitted_at: input.now };
            case 'approved':
              return { approved_by: input.personId, approved_at: input.now };
            case 'locked':
              return { locked_at: input.now };
            case 'draft':
              // Withdrawn or returned: it is no longer submitted.
              return { submitted_by: null, submitted_at: null };
          }
        })();
        const row = isUuid(versionId)
          ? await db
              .updateTable('budget_versions')
              .set({ status: input.status, ...stamp, updated_at: input.now })
              .where('id', '=', versionId)
              .where('status', '=', input.expectedStatus)
              .returning('id')
              .executeTakeFirst()
          : undefined;
        if (row === undefined) {
          throw new DomainError(
            'conflict',
            `The budget version is no longer ${input.expectedStatus}; load it again`,
            { versionId, expectedStatus: input.expectedStatus },
          );
        }
        return versionById(versionId);
      }, describeBudgetViolation),
  };
};

const versionQuery = (db: DbExecutor) =>
  db
    .selectFrom('budget_versions')
    .innerJoin('budgets', 'budgets.id', 'budget_versions.budget_id')
    .selectAll('budget_versions')
    .select('budgets.production_id');

const toBudget = (row: Selectable<BudgetsTable>): BudgetRecord => ({
  id: row.id,
  productionId: row.production_id as ProductionId,
  name: row.name,
  templateId: row.template_id,
  main: row.main,
  createdBy: row.created_by as PersonId | null,
  createdAt: toInstant(row.created_at),
});

const nullableInstant = (value: string | null): Instant | null =>
  value === null ? null : toInstant(value);

const toVersion = (
  row: Selectable<BudgetVersionsTable> & { production_id: string },
): BudgetVersionRecord => ({
  id: row.id,
  budgetId: row.budget_id,
  productionId: row.production_id as ProductionId,
  number: row.number,
  name: row.name,
  status: toOneOf(BUDGET_STATUSES, row.status, 'budget status'),
  revisionOf: row.revision_of,
  currency: row.currency as CurrencyCode,
  setup: {
    ...(row.setup as Omit<BudgetSetup, 'currency'>),
    currency: row.currency as CurrencyCode,
  },
  accountDepartments: row.account_departments as Record<string, Department>,
  revision: row.revision,
  lineCount: row.line_count,
  grandTotal: toMinorUnits(row.grand_total_minor),
  createdBy: row.created_by as PersonId | null,
  createdAt: toInstant(row.created_at),
  updatedAt: toInstant(row.updated_at),
  submittedBy: row.submitted_by as PersonId | null,
  submittedAt: nullableInstant(row.submitted_at),
  approvedBy: row.approved_by as PersonId | null,
  approvedAt: nullableInstant(row.approved_at),
  lockedAt: nullableInstant(row.locked_at),
});

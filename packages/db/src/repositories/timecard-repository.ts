import {
  DomainError,
  minorUnits,
  type CalendarDate,
  type ComputedTimecard,
  type Instant,
  type LabourDeal,
  type MinorUnits,
  type PersonId,
  type ProductionId,
  type TimecardApproval,
  type TimecardDay,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor } from '../database-schema.js';
import type { TimecardsTable } from '../database-schema-timecards.js';
import { withConstraintErrors } from './constraint-errors.js';
import { isUuid, toCalendarDate, toInstant, toJsonText, toOneOf } from './row-values.js';
import {
  STATUSES,
  STEPS,
  toDay,
  toDeal,
  toSignature,
  type StoredLabourDeal,
} from './timecard-rows.js';

export type { StoredLabourDeal } from './timecard-rows.js';

/** One person's workweek as stored: the days, and the approval of its current submission. */
export type StoredTimecard = {
  readonly id: string;
  readonly personId: PersonId;
  readonly weekStart: CalendarDate;
  /** Moved by every write: a write naming an older version is a conflict. */
  readonly version: number;
  readonly days: readonly TimecardDay[];
  readonly approval: TimecardApproval;
  /** The pay as the last signature approved it; null until the card is approved. */
  readonly approvedPay: ComputedTimecard | null;
  readonly updatedAt: Instant;
};

export type SaveLabourDealInput = {
  readonly productionId: ProductionId;
  readonly deal: LabourDeal;
  /** The version the writer started from; 0 for a person without a deal yet. */
  readonly expectedVersion: number;
  readonly by: PersonId | null;
  readonly now: Instant;
};

export type SaveTimecardDaysInput = {
  readonly productionId: ProductionId;
  readonly personId: PersonId;
  readonly weekStart: CalendarDate;
  readonly days: readonly TimecardDay[];
  /** 0 for a week without a card yet. */
  readonly expectedVersion: number;
  readonly by: PersonId | null;
  readonly now: Instant;
};

export type SaveTimecardApprovalInput = {
  readonly timecardId: string;
  readonly expectedVersion: number;
  /** The approval after the signature or the return (signTimecard / returnTimecard). */
  readonly approval: TimecardApproval;
  /** The pay approved with the last signature, kept with the card. */
  readonly approvedPay?: ComputedTimecard;
  readonly by: PersonId | null;
  readonly now: Instant;
};

export type PostLabourActualsInput = {
  readonly productionId: ProductionId;
  readonly timecardId: string;
  readonly personId: PersonId;
  readonly weekStart: CalendarDate;
  readonly currency: string;
  readonly entries: readonly {
    readonly accountNumber: string;
    readonly date: CalendarDate;
    readonly amount: MinorUnits;
  }[];
  readonly now: Instant;
};

export type TimecardRepository = {
  listDeals(productionId: ProductionId): Promise<StoredLabourDeal[]>;
  getDeal(productionId: ProductionId, personId: PersonId): Promise<StoredLabourDeal | null>;
  /** Saves a deal whole at the version it was loaded at (0: new); a stale version is a conflict. */
  saveDeal(input: SaveLabourDealInput): Promise<StoredLabourDeal>;
  getCard(
    productionId: ProductionId,
    personId: PersonId,
    weekStart: CalendarDate,
  ): Promise<StoredTimecard | null>;
  /** Every card of one week of the production. */
  listCards(productionId: ProductionId, weekStart: CalendarDate): Promise<StoredTimecard[]>;
  /** Replaces a card's days (creating the card at version 0). Compare-and-set on the version. */
  saveDays(input: SaveTimecardDaysInput): Promise<StoredTimecard>;
  /**
   * Stores the card's approval after one signature or a return, compare-and-set on the version: of two
   * signatures of one step at once, the second is a conflict. A return (no signatures left) starts the next
   * submission. Run it in a transaction (two statements).
   */
  saveApproval(input: SaveTimecardApprovalInput): Promise<StoredTimecard>;
  /** Writes an approved card's pay per account and date; a card is posted once. */
  postActuals(input: PostLabourActualsInput): Promise<void>;
  /** Posted labour per budget account for work dated on or before `asOf`, by account number. */
  labourActualsByAccount(
    productionId: ProductionId,
    asOf: CalendarDate,
  ): Promise<{ accountNumber: string; amount: MinorUnits }[]>;
};

const staleCard = (weekStart: string): DomainError =>
  new DomainError(
    'conflict',
    `The timecard for the week of ${weekStart} was changed since it was loaded; load it again`,
  );

const staleDeal = (): DomainError =>
  new DomainError('conflict', 'The deal was changed since it was loaded; load it again');

export const createTimecardRepository = (db: DbExecutor): TimecardRepository => {
  /** The cards of these rows with their days and current signatures (two more statements). */
  const withDetails = async (rows: Selectable<TimecardsTable>[]): Promise<StoredTimecard[]> => {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [days, signatures] = await Promise.all([
      db
        .selectFrom('timecard_days')
        .selectAll()
        .where('timecard_id', 'in', ids)
        .orderBy('work_date')
        .execute(),
      db
        .selectFrom('timecard_signatures')
        .selectAll()
        .where('timecard_id', 'in', ids)
        .orderBy('signed_at')
        .execute(),
    ]);
    return rows.map((row) => ({
      id: row.id,
      personId: row.person_id as PersonId,
      weekStart: toCalendarDate(row.week_start),
      version: row.version,
      days: days.filter((d) => d.timecard_id === row.id).map(toDay),
      approval: {
        status: toOneOf(STATUSES, row.status, 'timecard status'),
        signatures: signatures
          .filter((s) => s.timecard_id === row.id && s.submission === row.submission)
          .sort(
            (a, b) =>
              STEPS.indexOf(toOneOf(STEPS, a.step, 'step')) -
              STEPS.indexOf(toOneOf(STEPS, b.step, 'step')),
          )
          .map(toSignature),
        returned:
          row.returned_by !== null && row.returned_at !== null && row.return_reason !== null
            ? {
                by: row.returned_by as PersonId,
                at: toInstant(row.returned_at),
                reason: row.return_reason,
              }
            : null,
      },
      // Written by saveApproval from the engine's own result: read back as it was stored.
      approvedPay: (row.approved_pay ?? null) as ComputedTimecard | null,
      updatedAt: toInstant(row.updated_at),
    }));
  };

  const getCard = async (
    productionId: ProductionId,
    personId: PersonId,
    weekStart: CalendarDate,
  ): Promise<StoredTimecard | null> => {
    if (!isUuid(productionId) || !isUuid(personId)) return null;
    const row = await db
      .selectFrom('timecards')
      .selectAll()
      .where('production_id', '=', productionId)
      .where('person_id', '=', personId)
      .where('week_start', '=', weekStart)
      .executeTakeFirst();
    return row === undefined ? null : ((await withDetails([row]))[0] ?? null);
  };

  const cardById = async (id: string): Promise<StoredTimecard> => {
    const row = await db
      .selectFrom('timecards')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const [card] = await withDetails([row]);
    if (card === undefined) throw new DomainError('not-found', 'No such timecard');
    return card;
  };

  return {
    listDeals: async (productionId) => {
      if (!isUuid(productionId)) return [];
      const rows = await db
        .selectFrom('labour_deals')
        .selectAll()
        .where('production_id', '=', productionId)
        .execute();
      return rows.map(toDeal);
    },

    getDeal: async (productionId, personId) => {
      if (!isUuid(productionId) || !isUuid(personId)) return null;
      const row = await db
        .selectFrom('labour_deals')
        .selectAll()
        .where('production_id', '=', productionId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return row === undefined ? null : toDeal(row);
    },

    saveDeal: (input) =>
      withConstraintErrors(
        async () => {
          const { deal } = input;
          const values = {
            agreement_id: deal.agreementId,
            agreement_year: deal.agreementYear,
            rate_kind: deal.rate.kind,
            rate_minor: deal.rate.kind === 'daily' ? deal.rate.perDay : deal.rate.perHour,
            guaranteed_minutes: deal.rate.kind === 'daily' ? deal.rate.guaranteedMinutes : null,
            currency: deal.rate.currency,
            department: deal.department,
            title: deal.title,
            account_number: deal.accountNumber,
            updated_at: input.now,
            updated_by: input.by,
          };
          const row =
            input.expectedVersion === 0
              ? await db
                  .insertInto('labour_deals')
                  .values({
                    production_id: input.productionId,
                    person_id: deal.personId,
                    ...values,
                  })
                  .returningAll()
                  .executeTakeFirstOrThrow()
              : await db
                  .updateTable('labour_deals')
                  .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
                  .where('production_id', '=', input.productionId)
                  .where('person_id', '=', deal.personId)
                  .where('version', '=', input.expectedVersion)
                  .returningAll()
                  .executeTakeFirst();
          if (row === undefined) throw staleDeal();
          return toDeal(row);
        },
        ({ kind, constraint }) =>
          kind === 'unique' && constraint === 'labour_deals_pkey' ? staleDeal() : undefined,
      ),

    getCard,

    listCards: async (productionId, weekStart) => {
      if (!isUuid(productionId)) return [];
      const rows = await db
        .selectFrom('timecards')
        .selectAll()
        .where('production_id', '=', productionId)
        .where('week_start', '=', weekStart)
        .execute();
      return withDetails(rows);
    },

    saveDays: (input) =>
      withConstraintErrors(
        async () => {
          const row =
            input.expectedVersion === 0
              ? await db
                  .insertInto('timecards')
                  .values({
                    production_id: input.productionId,
                    person_id: input.personId,
                    week_start: input.weekStart,
                    updated_at: input.now,
                    updated_by: input.by,
                  })
                  .returningAll()
                  .executeTakeFirstOrThrow()
              : await db
                  .updateTable('timecards')
                  .set((eb) => ({
                    version: eb('version', '+', 1),
                    updated_at: input.now,
                    updated_by: input.by,
                  }))
                  .where('production_id', '=', input.productionId)
                  .where('person_id', '=', input.personId)
                  .where('week_start', '=', input.weekStart)
                  .where('version', '=', input.expectedVersion)
                  .returningAll()
                  .executeTakeFirst();
          if (row === undefined) throw staleCard(input.weekStart);
          await db.deleteFrom('timecard_days').where('timecard_id', '=', row.id).execute();
          if (input.days.length > 0) {
            await db
              .insertInto('timecard_days')
              .values(
                input.days.map((day) => ({
                  timecard_id: row.id,
                  work_date: day.date,
                  kind: day.kind,
                  call_minute: day.call,
                  meal1_out: day.meals[0]?.out ?? null,
                  meal1_in: day.meals[0]?.in ?? null,
                  meal2_out: day.meals[1]?.out ?? null,
                  meal2_in: day.meals[1]?.in ?? null,
                  wrap_minute: day.wrap,
                })),
              )
              .execute();
          }
          return cardById(row.id);
        },
        ({ kind, constraint }) =>
          kind === 'unique' && constraint === 'timecards_person_week_key'
            ? staleCard(input.weekStart)
            : undefined,
      ),

    saveApproval: (input) =>
      withConstraintErrors(
        async () => {
          const { approval } = input;
          const restarting = approval.signatures.length === 0 && approval.returned !== null;
          const row = await db
            .updateTable('timecards')
            .set((eb) => ({
              status: approval.status,
              version: eb('version', '+', 1),
              submission: restarting ? eb('submission', '+', 1) : eb.ref('submission'),
              returned_by: approval.returned?.by ?? null,
              returned_at: approval.returned?.at ?? null,
              return_reason: approval.returned?.reason ?? null,
              approved_pay:
                approval.status === 'approved' && input.approvedPay !== undefined
                  ? toJsonText(input.approvedPay)
                  : null,
              updated_at: input.now,
              updated_by: input.by,
            }))
            .where('id', '=', input.timecardId)
            .where('version', '=', input.expectedVersion)
            .returningAll()
            .executeTakeFirst();
          if (row === undefined) {
            throw new DomainError(
              'conflict',
              'The timecard was signed or changed since it was loaded; load it again',
            );
          }
          const signature = approval.signatures[approval.signatures.length - 1];
          if (!restarting && signature !== undefined) {
            await db
              .insertInto('timecard_signatures')
              .values({
                timecard_id: row.id,
                submission: row.submission,
                step: signature.step,
                person_id: signature.personId,
                role: signature.role,
                signed_at: signature.at,
              })
              .execute();
          }
          return cardById(row.id);
        },
        ({ kind }) =>
          kind === 'unique'
            ? new DomainError('conflict', 'That step of the timecard is already signed')
            : undefined,
      ),

    postActuals: (input) =>
      withConstraintErrors(
        async () => {
          if (input.entries.length === 0) return;
          await db
            .insertInto('labour_actuals')
            .values(
              input.entries.map((entry) => ({
                production_id: input.productionId,
                timecard_id: input.timecardId,
                person_id: input.personId,
                week_start: input.weekStart,
                account_number: entry.accountNumber,
                work_date: entry.date,
                amount_minor: entry.amount,
                currency: input.currency,
                posted_at: input.now,
              })),
            )
            .execute();
        },
        ({ kind }) =>
          kind === 'unique'
            ? new DomainError('conflict', 'This timecard’s labour is already posted')
            : undefined,
      ),

    labourActualsByAccount: async (productionId, asOf) => {
      if (!isUuid(productionId)) return [];
      const rows = await db
        .selectFrom('labour_actuals')
        .select((eb) => ['account_number', eb.fn.sum<number>('amount_minor').as('amount')])
        .where('production_id', '=', productionId)
        .where('work_date', '<=', asOf)
        .groupBy('account_number')
        .orderBy('account_number')
        .execute();
      return rows.map((row) => ({
        accountNumber: row.account_number,
        amount: minorUnits(Number(row.amount)),
      }));
    },
  };
};

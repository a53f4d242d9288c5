import {
  DomainError,
  type CalendarDate,
  type CallSheet,
  type CallSheetDetails,
  type CallSheetDraft,
  type CallSheetPublication,
  type CallSheetRecipient,
  type Instant,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import { sql, type Selectable } from 'kysely';
import type {
  CallSheetPublicationsTable,
  CallSheetRecipientsTable,
  CallSheetsTable,
  DbExecutor,
} from '../database-schema.js';
import { withConstraintErrors } from './constraint-errors.js';
import { isUuid, toCalendarDate, toInstant, toJsonText, toStringArray } from './row-values.js';

export type SaveCallSheetInput = {
  readonly productionId: ProductionId;
  readonly date: CalendarDate;
  readonly details: CallSheetDetails;
  /** The version the writer started from; 0 for a day nobody has saved yet. */
  readonly expectedVersion: number;
  readonly by: PersonId | null;
  readonly now: Instant;
};

export type NewRecipient = {
  readonly personId: PersonId | null;
  readonly name: string;
  readonly email: string;
  /** SHA-256 of the confirmation link's token, lower-case hex; never the token. */
  readonly tokenHash: string;
};

export type PublishCallSheetInput = {
  readonly productionId: ProductionId;
  readonly date: CalendarDate;
  readonly sheet: CallSheet;
  readonly changes: readonly string[];
  readonly publishedBy: PersonId | null;
  readonly now: Instant;
  readonly recipients: readonly NewRecipient[];
};

/** The latest issue of one day, with how many it went to and how many confirmed. */
export type CallSheetIssueSummary = {
  readonly date: CalendarDate;
  readonly publicationId: string;
  readonly revision: number;
  readonly publishedAt: Instant;
  readonly recipients: number;
  readonly confirmed: number;
};

export type CallSheetsRepository = {
  getDraft(productionId: ProductionId, date: CalendarDate): Promise<CallSheetDraft | null>;
  /** Every saved day of the production, by date. */
  listDrafts(productionId: ProductionId): Promise<CallSheetDraft[]>;
  /**
   * Saves a day's details whole. Refuses (conflict) unless the day is still at `expectedVersion` (0: not
   * saved yet), so two people preparing the same day cannot overwrite each other.
   */
  saveDraft(input: SaveCallSheetInput): Promise<CallSheetDraft>;
  latestPublication(
    productionId: ProductionId,
    date: CalendarDate,
  ): Promise<CallSheetPublication | null>;
  /** The latest issue of every published day of the production, by date. */
  listLatestIssues(productionId: ProductionId): Promise<CallSheetIssueSummary[]>;
  /**
   * Stores the next issue of the day (revision = the latest + 1) and its recipients. Two statements: run it in
   * a transaction. Two issues of one day at the same moment: the second is a conflict.
   */
  publish(
    input: PublishCallSheetInput,
  ): Promise<{ publication: CallSheetPublication; recipients: CallSheetRecipient[] }>;
  listRecipients(publicationId: string): Promise<CallSheetRecipient[]>;
  /** Records how sending went: `sentAt` when the mail server took it, else the error. */
  recordDelivery(
    recipientId: string,
    outcome: { readonly sentAt: Instant } | { readonly error: string },
  ): Promise<void>;
  /** The recipient whose confirmation token has this hash, with the issue it belongs to; or null. */
  findByToken(
    tokenHash: string,
  ): Promise<{ recipient: CallSheetRecipient; publication: CallSheetPublication } | null>;
  /** Marks a recipient confirmed; a second confirmation keeps the first moment. */
  confirm(recipientId: string, now: Instant): Promise<CallSheetRecipient | null>;
};

/** Error messages from mail servers can be long; what is kept is enough to tell what went wrong. */
const MAX_ERROR_LENGTH = 500;

export const createCallSheetsRepository = (db: DbExecutor): CallSheetsRepository => {
  const latestPublication = async (
    productionId: ProductionId,
    date: CalendarDate,
  ): Promise<CallSheetPublication | null> => {
    if (!isUuid(productionId)) return null;
    const row = await db
      .selectFrom('call_sheet_publications')
      .selectAll()
      .where('production_id', '=', productionId)
      .where('shoot_date', '=', date)
      .orderBy('revision', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? null : toPublication(row);
  };

  return {
    getDraft: async (productionId, date) => {
      if (!isUuid(productionId)) return null;
      const row = await db
        .selectFrom('call_sheets')
        .selectAll()
        .where('production_id', '=', productionId)
        .where('shoot_date', '=', date)
        .executeTakeFirst();
      return row === undefined ? null : toDraft(row);
    },

    listDrafts: async (productionId) => {
      if (!isUuid(productionId)) return [];
      const rows = await db
        .selectFrom('call_sheets')
        .selectAll()
        .where('production_id', '=', productionId)
        .orderBy('shoot_date')
        .execute();
      return rows.map(toDraft);
    },

    saveDraft: (input) =>
      withConstraintErrors(
        async () => {
          const values = {
            details: toJsonText(input.details),
            updated_at: input.now,
            updated_by: input.by,
          };
          const row =
            input.expectedVersion === 0
              ? await db
                  .insertInto('call_sheets')
                  .values({ production_id: input.productionId, shoot_date: input.date, ...values })
                  .returningAll()
                  .executeTakeFirstOrThrow()
              : await db
                  .updateTable('call_sheets')
                  .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
                  .where('production_id', '=', input.productionId)
                  .where('shoot_date', '=', input.date)
                  .where('version', '=', input.expectedVersion)
                  .returningAll()
                  .executeTakeFirst();
          if (row === undefined) throw staleDraft(input.date);
          return toDraft(row);
        },
        ({ kind, constraint }) =>
          kind === 'unique' && constraint === 'call_sheets_pkey'
            ? staleDraft(input.date)
            : undefined,
      ),

    latestPublication,

    listLatestIssues: async (productionId) => {
      if (!isUuid(productionId)) return [];
      const rows = await db
        .selectFrom('call_sheet_publications as p')
        .leftJoin('call_sheet_recipients as r', 'r.publication_id', 'p.id')
        .select((eb) => [
          'p.id',
          'p.shoot_date',
          'p.revision',
          'p.published_at',
          eb.fn.count<number>('r.id').as('recipients'),
          eb.fn.count<number>('r.confirmed_at').as('confirmed'),
        ])
        .where('p.production_id', '=', productionId)
        .where((eb) =>
          eb(
            'p.revision',
            '=',
            eb
              .selectFrom('call_sheet_publications as q')
              .select((q) => q.fn.max('q.revision').as('latest'))
              .whereRef('q.production_id', '=', 'p.production_id')
              .whereRef('q.shoot_date', '=', 'p.shoot_date'),
          ),
        )
        .groupBy(['p.id', 'p.shoot_date', 'p.revision', 'p.published_at'])
        .orderBy('p.shoot_date')
        .execute();
      return rows.map((row) => ({
        date: toCalendarDate(row.shoot_date),
        publicationId: row.id,
        revision: row.revision,
        publishedAt: toInstant(row.published_at),
        recipients: Number(row.recipients),
        confirmed: Number(row.confirmed),
      }));
    },

    publish: (input) =>
      withConstraintErrors(
        async () => {
          const latest = await db
            .selectFrom('call_sheet_publications')
            .select(sql<number>`coalesce(max(revision), 0)::int`.as('revision'))
            .where('production_id', '=', input.productionId)
            .where('shoot_date', '=', input.date)
            .executeTakeFirstOrThrow();
          const row = await db
            .insertInto('call_sheet_publications')
            .values({
              production_id: input.productionId,
              shoot_date: input.date,
              revision: latest.revision + 1,
              sheet: toJsonText(input.sheet),
              changes: toJsonText(input.changes),
              published_by: input.publishedBy,
              published_at: input.now,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          const recipients =
            input.recipients.length === 0
              ? []
              : await db
                  .insertInto('call_sheet_recipients')
                  .values(
                    input.recipients.map((r) => ({
                      publication_id: row.id,
                      person_id: r.personId,
                      name: r.name,
                      email: r.email,
                      token_hash: r.tokenHash,
                    })),
                  )
                  .returningAll()
                  .execute();
          return {
            publication: toPublication(row),
            recipients: sortRecipients(recipients.map(toRecipient)),
          };
        },
        ({ kind, constraint }) =>
          kind === 'unique' && constraint === 'call_sheet_publications_revision_key'
            ? new DomainError(
                'conflict',
                `The call sheet for ${input.date} was just published elsewhere; load it again.`,
              )
            : kind === 'check' && constraint === 'call_sheet_recipients_token_hash_check'
              ? new DomainError(
                  'internal',
                  'A confirmation link must be stored by the hash of its token, never the token.',
                )
              : undefined,
      ),

    listRecipients: async (publicationId) => {
      if (!isUuid(publicationId)) return [];
      const rows = await db
        .selectFrom('call_sheet_recipients')
        .selectAll()
        .where('publication_id', '=', publicationId)
        .execute();
      return sortRecipients(rows.map(toRecipient));
    },

    recordDelivery: async (recipientId, outcome) => {
      if (!isUuid(recipientId)) return;
      await db
        .updateTable('call_sheet_recipients')
        .set(
          'sentAt' in outcome
            ? { sent_at: outcome.sentAt, send_error: null }
            : { send_error: outcome.error.slice(0, MAX_ERROR_LENGTH) || 'Not sent' },
        )
        .where('id', '=', recipientId)
        .execute();
    },

    findByToken: async (tokenHash) => {
      const recipient = await db
        .selectFrom('call_sheet_recipients')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (recipient === undefined) return null;
      const publication = await db
        .selectFrom('call_sheet_publications')
        .selectAll()
        .where('id', '=', recipient.publication_id)
        .executeTakeFirstOrThrow();
      return { recipient: toRecipient(recipient), publication: toPublication(publication) };
    },

    confirm: async (recipientId, now) => {
      if (!isUuid(recipientId)) return null;
      const row = await db
        .updateTable('call_sheet_recipients')
        .set({ confirmed_at: sql<string>`coalesce(confirmed_at, ${now}::timestamptz)` })
        .where('id', '=', recipientId)
        .returningAll()
        .executeTakeFirst();
      return row === undefined ? null : toRecipient(row);
    },
  };
};

const staleDraft = (date: CalendarDate): DomainError =>
  new DomainError(
    'conflict',
    `Someone changed the call sheet for ${date} since you loaded it; load it again.`,
  );

const sortRecipients = (recipients: CallSheetRecipient[]): CallSheetRecipient[] =>
  recipients.sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));

const toDraft = (row: Selectable<CallSheetsTable>): CallSheetDraft => ({
  productionId: row.production_id as ProductionId,
  date: toCalendarDate(row.shoot_date),
  details: row.details as CallSheetDetails,
  version: row.version,
  updatedAt: toInstant(row.updated_at),
  updatedBy: row.updated_by as PersonId | null,
});

const toPublication = (row: Selectable<CallSheetPublicationsTable>): CallSheetPublication => ({
  id: row.id,
  productionId: row.production_id as ProductionId,
  date: toCalendarDate(row.shoot_date),
  revision: row.revision,
  sheet: row.sheet as CallSheet,
  changes: toStringArray(row.changes, 'call sheet changes'),
  publishedBy: row.published_by as PersonId | null,
  publishedAt: toInstant(row.published_at),
});

const toRecipient = (row: Selectable<CallSheetRecipientsTable>): CallSheetRecipient => ({
  id: row.id,
  publicationId: row.publication_id,
  personId: row.person_id as PersonId | null,
  name: row.name,
  email: row.email,
  sentAt: row.sent_at === null ? null : toInstant(row.sent_at),
  sendError: row.send_error,
  confirmedAt: row.confirmed_at === null ? null : toInstant(row.confirmed_at),
});

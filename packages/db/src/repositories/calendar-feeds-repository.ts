import {
  CALENDAR_FEED_SCOPES,
  DomainError,
  type CalendarFeed,
  type CalendarFeedScope,
  type Instant,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { CalendarFeedsTable, DbExecutor } from '../database-schema.js';
import { withConstraintErrors } from './constraint-errors.js';
import { isUuid, toInstant, toOneOf } from './row-values.js';

export type CreateCalendarFeedInput = {
  readonly productionId: ProductionId;
  readonly personId: PersonId;
  readonly scope: CalendarFeedScope;
  /** SHA-256 of the feed's token, lower-case hex (`hashSessionToken` computes the same); never the token. */
  readonly tokenHash: string;
  readonly now: Instant;
};

export type CreatedCalendarFeed = {
  readonly feed: CalendarFeed;
  /** The owner's previous live feed of the same scope, now revoked (a "reset link"), if there was one. */
  readonly revoked: CalendarFeed | null;
};

export type CalendarFeedsRepository = {
  /**
   * Stores a new feed, first revoking the owner's live feed of the same scope on the production: there is at
   * most one live link per person, production and scope. Two statements: run it in a transaction, or a
   * failure between them leaves the old link revoked and no new one.
   */
  create(input: CreateCalendarFeedInput): Promise<CreatedCalendarFeed>;
  /** The live (not revoked) feed whose token has this hash, or null. */
  findLive(tokenHash: string): Promise<CalendarFeed | null>;
  /** A person's live feeds on a production, oldest first. */
  listLive(productionId: ProductionId, personId: PersonId): Promise<CalendarFeed[]>;
  /**
   * Revokes one of the person's live feeds on the production; null when there is no such live feed (an
   * unknown id, someone else's feed, one already revoked), so callers cannot tell those apart.
   */
  revoke(
    productionId: ProductionId,
    personId: PersonId,
    feedId: string,
    now: Instant,
  ): Promise<CalendarFeed | null>;
};

export const createCalendarFeedsRepository = (db: DbExecutor): CalendarFeedsRepository => ({
  create: (input) =>
    withConstraintErrors(
      async () => {
        const revoked = await db
          .updateTable('calendar_feeds')
          .set({ revoked_at: input.now })
          .where('production_id', '=', input.productionId)
          .where('person_id', '=', input.personId)
          .where('scope', '=', input.scope)
          .where('revoked_at', 'is', null)
          .returningAll()
          .executeTakeFirst();
        const row = await db
          .insertInto('calendar_feeds')
          .values({
            production_id: input.productionId,
            person_id: input.personId,
            scope: input.scope,
            token_hash: input.tokenHash,
            created_at: input.now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { feed: toCalendarFeed(row), revoked: revoked ? toCalendarFeed(revoked) : null };
      },
      ({ kind, constraint }) =>
        kind === 'check' && constraint === 'calendar_feeds_token_hash_check'
          ? new DomainError(
              'internal',
              'A calendar feed must be stored by the hash of its token, never the token.',
            )
          : kind === 'unique' && constraint === 'calendar_feeds_live_key'
            ? // Two resets at the same moment: the other one won; asking again revokes it.
              new DomainError('conflict', 'The link was just reset elsewhere: try again.')
            : undefined,
    ),

  findLive: async (tokenHash) => {
    const row = await db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row === undefined ? null : toCalendarFeed(row);
  },

  listLive: async (productionId, personId) => {
    if (!isUuid(productionId) || !isUuid(personId)) return [];
    const rows = await db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('production_id', '=', productionId)
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toCalendarFeed);
  },

  revoke: async (productionId, personId, feedId, now) => {
    if (!isUuid(feedId) || !isUuid(productionId) || !isUuid(personId)) return null;
    const row = await db
      .updateTable('calendar_feeds')
      .set({ revoked_at: now })
      .where('id', '=', feedId)
      .where('production_id', '=', productionId)
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? null : toCalendarFeed(row);
  },
});

const toCalendarFeed = (row: Selectable<CalendarFeedsTable>): CalendarFeed => ({
  id: row.id,
  productionId: row.production_id as ProductionId,
  personId: row.person_id as PersonId,
  scope: toOneOf(CALENDAR_FEED_SCOPES, row.scope, 'calendar feed scope'),
  createdAt: toInstant(row.created_at),
  revokedAt: row.revoked_at === null ? null : toInstant(row.revoked_at),
});

import { createHash } from 'node:crypto';
import { DomainError, type Instant, type User, type UserId } from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor, SessionsTable } from '../database-schema.js';
import { withConstraintErrors } from './constraint-errors.js';
import { isUuid, toInstant } from './row-values.js';
import { toUser } from './users-repository.js';

/** A signed-in browser. Identified by the hash of its cookie token; the token itself is never stored. */
export type Session = {
  /** SHA-256 of the session token, lower-case hex (see `hashSessionToken`). */
  readonly tokenHash: string;
  readonly userId: UserId;
  /** Sent back by the browser in a header on every change, against cross-site request forgery. */
  readonly csrfToken: string;
  readonly createdAt: Instant;
  readonly expiresAt: Instant;
};

export type CreateSessionInput = {
  readonly tokenHash: string;
  readonly userId: UserId;
  readonly csrfToken: string;
  readonly expiresAt: Instant;
  readonly createdAt?: Instant;
};

export type SessionWithUser = {
  readonly session: Session;
  readonly user: User;
};

export type SessionsRepository = {
  create(input: CreateSessionInput): Promise<Session>;
  /** The session and its user, if the session exists and expires after `now`. */
  findValid(tokenHash: string, now: Instant): Promise<SessionWithUser | null>;
  delete(tokenHash: string): Promise<void>;
  /** Signs the user out everywhere (password change); returns how many sessions ended. */
  deleteForUser(userId: UserId): Promise<number>;
  /** Housekeeping; returns how many were removed. */
  deleteExpired(now: Instant): Promise<number>;
};

/** The only form in which a session token reaches the database. */
export const hashSessionToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

export const createSessionsRepository = (db: DbExecutor): SessionsRepository => ({
  create: (input) =>
    withConstraintErrors(
      async () => {
        const row = await db
          .insertInto('sessions')
          .values({
            id: input.tokenHash,
            user_id: input.userId,
            csrf_token: input.csrfToken,
            expires_at: input.expiresAt,
            ...(input.createdAt === undefined ? {} : { created_at: input.createdAt }),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toSession(row);
      },
      ({ kind, constraint }) =>
        kind === 'check' && constraint === 'sessions_id_check'
          ? new DomainError(
              'internal',
              'A session must be stored by the hash of its token, never the token.',
            )
          : kind === 'foreign-key'
            ? new DomainError('not-found', 'No such user.', { field: 'userId' })
            : undefined,
    ),

  findValid: async (tokenHash, now) => {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .innerJoin('people', 'people.id', 'users.person_id')
      .select([
        'sessions.id as session_id',
        'sessions.csrf_token',
        'sessions.created_at',
        'sessions.expires_at',
        'users.id',
        'users.email',
        'users.person_id',
        'users.is_admin',
        'people.name',
      ])
      .where('sessions.id', '=', tokenHash)
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst();
    if (row === undefined) return null;
    return {
      session: toSession({
        id: row.session_id,
        user_id: row.id,
        csrf_token: row.csrf_token,
        created_at: row.created_at,
        expires_at: row.expires_at,
      }),
      user: toUser(row),
    };
  },

  delete: async (tokenHash) => {
    await db.deleteFrom('sessions').where('id', '=', tokenHash).execute();
  },

  deleteForUser: async (userId) => {
    if (!isUuid(userId)) return 0;
    const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  deleteExpired: async (now) => {
    const result = await db
      .deleteFrom('sessions')
      .where('expires_at', '<=', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
});

const toSession = (row: Selectable<SessionsTable>): Session => ({
  tokenHash: row.id,
  userId: row.user_id as UserId,
  csrfToken: row.csrf_token,
  createdAt: toInstant(row.created_at),
  expiresAt: toInstant(row.expires_at),
});

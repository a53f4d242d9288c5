import { DomainError } from '@greenlight/domain';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createDatabase, type Database } from './database.js';
import type { DatabaseSchema } from './database-schema.js';
import { migrateToLatest } from './migrations/migrate-to-latest.js';
import { VALUE_PARSERS } from './value-parsers.js';

export type OpenPostgresDatabaseOptions = {
  readonly databaseUrl: string;
  readonly migrate: boolean;
  /** Pool size; PostgreSQL's default limit is 100 connections for everyone. */
  readonly maxConnections?: number | undefined;
};

// Per-pool parsers instead of pg.types.setTypeParser: the global registry would change every other pg user
// in the process.
const PG_TYPES: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown =>
    (format ?? 'text') === 'text' && VALUE_PARSERS[oid] !== undefined
      ? VALUE_PARSERS[oid]
      : pg.types.getTypeParser(oid, format),
};

export const openPostgresDatabase = async (
  options: OpenPostgresDatabaseOptions,
): Promise<Database> => {
  const location = redactUrl(options.databaseUrl);
  const pool = createPool(options.databaseUrl, options.maxConnections ?? 10);
  const kysely = new Kysely<DatabaseSchema>({
    dialect: new PostgresDialect({
      pool,
      // The session settings PGlite has, so SQL that formats or truncates times behaves alike on both. SET
      // rather than the `options` startup parameter, which connection poolers such as PgBouncer refuse.
      onCreateConnection: async (connection) => {
        await connection.executeQuery(
          CompiledQuery.raw(`set time zone 'UTC'; set datestyle to 'ISO, MDY'`),
        );
      },
    }),
  });
  const database = createDatabase({ kysely, kind: 'postgres', location });
  try {
    await sql`select 1`.execute(kysely);
  } catch (error) {
    await database.close();
    throw new DomainError(
      'storage',
      `Cannot reach PostgreSQL at ${location}: ${describeConnectionError(error)}`,
      {
        location,
      },
    );
  }
  if (options.migrate) {
    try {
      await migrateToLatest(kysely);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
};

const createPool = (databaseUrl: string, max: number): pg.Pool => {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max,
    types: PG_TYPES,
    connectionTimeoutMillis: 10_000,
  });
  // An idle client that loses its server emits 'error' on the pool; unhandled, that event would crash the
  // process. The pool has already dropped the client, and the next query reconnects or fails to its caller.
  pool.on('error', () => undefined);
  return pool;
};

/** The URL without its password, for messages and logs. */
export const redactUrl = (databaseUrl: string): string => {
  try {
    const url = new URL(databaseUrl);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'the configured PostgreSQL URL (not a valid URL)';
  }
};

/** Node reports a refused connection to `localhost` as an AggregateError with an empty message. */
export const describeConnectionError = (error: unknown): string => {
  if (error instanceof AggregateError && error.errors.length > 0)
    return describeConnectionError(error.errors[0]);
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    const message = error.message !== '' ? error.message : 'connection failed';
    return code !== undefined && !message.includes(code) ? `${message} (${code})` : message;
  }
  return String(error);
};

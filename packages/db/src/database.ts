import type { Kysely } from 'kysely';
import type { DatabaseSchema, DbExecutor } from './database-schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the embedded PGlite or a PostgreSQL server, behind the same Kysely interface. */
export type Database = {
  readonly kysely: DbExecutor;
  readonly kind: DatabaseKind;
  /** Where it lives, for messages: a data directory, `memory`, or the server URL without its password. */
  readonly location: string;
  /**
   * Runs `fn` in one transaction: it commits when `fn` resolves and rolls back when it throws. Inside, use only
   * `tx` (e.g. `createRepositories(tx)`): on PGlite a query on the outer `kysely` waits for the transaction to
   * end, which never happens.
   */
  transaction<T>(fn: (tx: DbExecutor) => Promise<T>): Promise<T>;
  /** Closes connections (and releases the data directory's lock). Safe to call twice. */
  close(): Promise<void>;
};

type DatabaseParts = {
  readonly kysely: Kysely<DatabaseSchema>;
  readonly kind: DatabaseKind;
  readonly location: string;
  /** Runs after Kysely is destroyed, e.g. to release the lock. */
  readonly afterClose?: () => void | Promise<void>;
};

export const createDatabase = ({ kysely, kind, location, afterClose }: DatabaseParts): Database => {
  let closing: Promise<void> | undefined;
  return {
    kysely,
    kind,
    location,
    transaction: (fn) => kysely.transaction().execute(fn),
    close: () => {
      closing ??= (async () => {
        try {
          await kysely.destroy();
        } finally {
          await afterClose?.();
        }
      })();
      return closing;
    },
  };
};

import { sql, type QueryExecutorProvider } from 'kysely';

/**
 * Runs DDL one statement at a time: PGlite executes parameterised queries through the extended protocol,
 * which refuses several statements in one string. Migrations are frozen history, so they hold their SQL as
 * literal text and never import values (role lists, defaults) that may change later.
 */
export const runStatements = async (
  db: QueryExecutorProvider,
  statements: readonly string[],
): Promise<void> => {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
};

import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { Database, DatabaseKind } from '../database.js';
import { openPGliteDatabase } from '../open-pglite-database.js';
import { openPostgresDatabase } from '../open-postgres-database.js';
import { loadPGliteTemplate } from './pglite-template.js';

/** Set (by scripts/with-postgres.sh) to run the database tests on a PostgreSQL server instead of PGlite. */
export const TEST_DATABASE_URL_ENV = 'GREENLIGHT_TEST_DATABASE_URL';

/** The backend createTestDatabase uses in this environment. */
export const testDatabaseKind = (): DatabaseKind =>
  serverUrl() === undefined ? 'pglite' : 'postgres';

/**
 * A fresh, migrated, empty database of its own: in-memory PGlite by default, or a newly created database on the
 * server named by GREENLIGHT_TEST_DATABASE_URL (dropped again on close). Close it in afterAll.
 */
export const createTestDatabase = async (): Promise<Database> => {
  const url = serverUrl();
  if (url === undefined)
    return openPGliteDatabase({ loadDataDir: await loadPGliteTemplate(), migrate: true });
  return createServerDatabase(url);
};

const serverUrl = (): string | undefined => {
  const url = process.env[TEST_DATABASE_URL_ENV];
  return url === undefined || url === '' ? undefined : url;
};

const createServerDatabase = async (adminUrl: string): Promise<Database> => {
  const name = `greenlight_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let database: Database;
  try {
    database = await openPostgresDatabase({
      databaseUrl: url.toString(),
      migrate: true,
      maxConnections: 4,
    });
  } catch (error) {
    await dropDatabase(adminUrl, name);
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    ...database,
    close: () => {
      closing ??= database.close().finally(() => dropDatabase(adminUrl, name));
      return closing;
    },
  };
};

const dropDatabase = (adminUrl: string, name: string): Promise<unknown> =>
  withAdminClient(adminUrl, (client) =>
    client.query(`drop database if exists ${name} with (force)`),
  );

const withAdminClient = async <T>(
  adminUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

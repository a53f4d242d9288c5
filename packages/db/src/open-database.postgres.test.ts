import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkDatabase } from './check-database.js';
import { openDatabase } from './open-database.js';
import { createRepositories } from './repositories/create-repositories.js';
import { TEST_DATABASE_URL_ENV } from './testing/create-test-database.js';

// Runs only in the PostgreSQL pass of the test command (the db-postgres project exists only when a server
// URL is given), so the embedded pass has no skipped test.
const serverUrl = process.env[TEST_DATABASE_URL_ENV] ?? '';

describe('openDatabase with a PostgreSQL server', () => {
  it('has a server to test against', () => {
    expect(serverUrl).toMatch(/^postgres(ql)?:\/\//);
  });

  it('prefers a PostgreSQL URL over memory and a data directory', async () => {
    const adminUrl = serverUrl;
    const name = `greenlight_open_${randomBytes(4).toString('hex')}`;
    await withClient(adminUrl, (client) => client.query(`create database ${name}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const database = await openDatabase({
        databaseUrl: url.toString(),
        memory: true,
        dataDir: '/nonexistent',
      });
      try {
        expect(database.kind).toBe('postgres');
        expect(await createRepositories(database.kysely).users.count()).toBe(0);
      } finally {
        await database.close();
      }
      const checks = await checkDatabase({ databaseUrl: url.toString() });
      expect(checks).toEqual([
        {
          check: 'PostgreSQL reachable',
          ok: true,
          message: expect.stringContaining('Connected to'),
        },
        { check: 'Migrations', ok: true, message: expect.stringMatching(/^All \d+ applied/) },
      ]);
    } finally {
      await withClient(adminUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    }
  });
});

const withClient = async (
  url: string,
  work: (client: pg.Client) => Promise<unknown>,
): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
};

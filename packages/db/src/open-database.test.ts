import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatabase } from './check-database.js';
import { openDatabase } from './open-database.js';
import { createRepositories } from './repositories/create-repositories.js';
import { TEST_DATABASE_URL_ENV } from './testing/create-test-database.js';

// Which engine the options pick. The data directory itself is tested in open-database-data-dir.test.ts.
describe('openDatabase choices', () => {
  it('opens an in-memory database when asked, before a data directory', async () => {
    const dataDir = join(tmpdir(), `greenlight-unused-${randomBytes(4).toString('hex')}`);
    const database = await openDatabase({ memory: true, dataDir });
    try {
      expect(database).toMatchObject({ kind: 'pglite', location: 'memory' });
      expect(await createRepositories(database.kysely).users.count()).toBe(0);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await database.close();
    }
  });

  it('refuses to guess when nothing is configured', async () => {
    await expect(openDatabase({})).rejects.toMatchObject({ code: 'validation' });
  });

  it('reports an unreachable PostgreSQL server without revealing the password', async () => {
    const error = await openDatabase({
      databaseUrl: 'postgres://greenlight:s3cret@127.0.0.1:1/greenlight',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'storage',
      message: expect.stringContaining(
        'Cannot reach PostgreSQL at postgres://greenlight:***@127.0.0.1:1/greenlight',
      ),
    });
    expect(String((error as Error).message)).not.toContain('s3cret');
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });

  const serverUrl = process.env[TEST_DATABASE_URL_ENV];
  it.runIf(serverUrl !== undefined && serverUrl !== '')(
    'prefers a PostgreSQL URL over memory and a data directory',
    async () => {
      const adminUrl = serverUrl ?? '';
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
    },
  );
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

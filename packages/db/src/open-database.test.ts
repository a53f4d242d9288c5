import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.js';
import { createRepositories } from './repositories/create-repositories.js';

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
});

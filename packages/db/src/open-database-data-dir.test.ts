import { DomainError } from '@greenlight/domain';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabase } from './check-database.js';
import { LOCK_FILE_NAME } from './data-dir-lock.js';
import { openDatabase } from './open-database.js';
import { createRepositories } from './repositories/create-repositories.js';

// These tests are about the embedded database's data directory, so they use PGlite on disk whatever backend
// the rest of the suite runs on. A child process starting tsx and creating an on-disk PGlite takes seconds,
// and many more on a loaded two-core machine: hence the generous timeout (a guard, not a measurement).
describe('openDatabase with a data directory', { timeout: 120_000 }, () => {
  let root: string;
  let dataDir: string;
  let child: ChildProcess | undefined;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'greenlight-open-'));
    dataDir = join(root, 'nested', 'data');
  });
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('creates the directory, refuses it while another process has it open, and takes over after that process dies', async () => {
    child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./testing/hold-data-dir.fixture.ts', import.meta.url)),
        dataDir,
        'Held Open',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await waitForLine(child, 'ready');
    const holder = child.pid ?? 0;

    const refusal = await openDatabase({ dataDir }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: 'storage',
      message: expect.stringMatching(
        new RegExp(`^The data directory .*nested/data is in use by process ${holder}\\b`),
      ),
    });

    const checks = await checkDatabase({ dataDir });
    expect(checks.find((c) => c.check === 'Lock')).toMatchObject({
      ok: false,
      message: expect.stringContaining(`${holder}`),
    });
    expect(checks.find((c) => c.check === 'Database opens')).toMatchObject({ ok: false });

    // A crash: the lock file stays behind with a dead pid.
    child.kill('SIGKILL');
    await new Promise((resolve) => child?.once('exit', resolve));
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);

    const database = await openDatabase({ dataDir });
    try {
      expect(database.kind).toBe('pglite');
      const titles = (await createRepositories(database.kysely).productions.listAll()).map(
        (p) => p.title,
      );
      expect(titles).toEqual(['Held Open']);
      await expect(openDatabase({ dataDir })).rejects.toMatchObject({
        code: 'storage',
        message: expect.stringContaining(`in use by process ${process.pid} (this process`),
      });
    } finally {
      await database.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it('keeps what was written across a clean close and reopen, and doctor finds it healthy', async () => {
    const first = await openDatabase({ dataDir });
    const person = await createRepositories(first.kysely).people.create({
      name: 'Persisted',
      email: 'Kept@Example.com',
    });
    await first.close();
    await first.close();

    const checks = await checkDatabase({ dataDir });
    expect(checks.map((c) => c.check)).toEqual([
      'Data directory exists',
      'Data directory writable',
      'Lock',
      'Database opens',
      'Migrations',
    ]);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks.at(-1)?.message).toMatch(/^All \d+ applied/);

    const second = await openDatabase({ dataDir, migrate: false });
    try {
      expect(
        await createRepositories(second.kysely).people.findByEmail('kept@example.com'),
      ).toEqual(person);
    } finally {
      await second.close();
    }
  });

  it('reports a damaged database as a storage error that points at greenlight doctor, and releases the lock', async () => {
    writeFileSync(join(dataDir, 'pgdata', 'global', 'pg_control'), 'not a control file');
    await expect(openDatabase({ dataDir })).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/could not be started .*greenlight doctor/s),
    });
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    const opens = (await checkDatabase({ dataDir })).find((c) => c.check === 'Database opens');
    expect(opens).toMatchObject({
      ok: false,
      message: expect.stringContaining('could not be started'),
    });
  });

  it('reports a half-created database directory the same way', async () => {
    const partial = join(root, 'partial');
    mkdirSync(join(partial, 'pgdata'), { recursive: true });
    writeFileSync(join(partial, 'pgdata', 'PG_VERSION'), '18\n');
    await expect(openDatabase({ dataDir: partial })).rejects.toMatchObject({ code: 'storage' });
    expect(existsSync(join(partial, LOCK_FILE_NAME))).toBe(false);
  });
});

const waitForLine = (child: ChildProcess, line: string): Promise<void> =>
  new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').includes(line)) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`fixture exited (${code}) before printing "${line}": ${output}`)),
    );
  });

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@greenlight/domain';
import { DEMO_PASSWORD, DEMO_TEAM } from '@greenlight/server';
import type { CliIo } from './cli-io.js';
import { main } from './main.js';
import { runCli } from './testing/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/screenplays/', import.meta.url));

/** Runs the CLI in-process with captured output and an environment of our own (no DATABASE_URL). */
const run = runCli;

const BIN = fileURLToPath(new URL('../bin/greenlight.mjs', import.meta.url));

type Served = { readonly child: ChildProcess; readonly output: () => string };

/** Starts `greenlight serve` on the data directory in another process and waits until it says it runs. */
const serveInAnotherProcess = (dataDir: string): Promise<Served> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--data-dir', dataDir, '--port', '0', '--host', '127.0.0.1', '--no-log'],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '' } },
    );
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Greenlight is running at')) resolve({ child, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) first:\n${output}`)));
  });

/** How the process ended: its exit code, or the signal that killed it. */
const ended = (child: ChildProcess): Promise<number | NodeJS.Signals | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode ?? child.signalCode)
    : new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));

describe('the greenlight command, run in-process', () => {
  let root: string;
  let dataDir: string;
  let holder: ChildProcess | undefined;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'greenlight-cli-'));
    dataDir = join(root, 'data');
  });
  afterAll(() => {
    if (holder && holder.exitCode === null) holder.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  describe('arguments', () => {
    it('refuses a port that is not a number with exit 2 and says which option', async () => {
      const result = await run(['serve', '--port', 'abc', '--data-dir', dataDir]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^greenlight: Invalid arguments: --port: /);
      expect(result.out).toBe('');
      expect((await run(['serve', '--port', '70000', '--data-dir', dataDir])).code).toBe(2);
    });

    it('refuses an unknown command or a missing required option with exit 2', async () => {
      const unknown = await run(['frobnicate']);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain("unknown command 'frobnicate'");
      const missing = await run(['init', '--name', 'Ada', '--data-dir', dataDir]);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain("required option '--email <email>' not specified");
    });

    it('refuses a password that is too short before touching the database', async () => {
      const result = await run([
        'init',
        '--email',
        'ada@studio.example',
        '--name',
        'Ada',
        '--password',
        'short',
        '--data-dir',
        dataDir,
      ]);
      expect(result.code).toBe(2);
      expect(result.err).toContain('--password: at least 10 characters');
    });

    it('prints help with exit 0', async () => {
      const result = await run(['--help']);
      expect(result.code).toBe(0);
      expect(result.out).toContain('Usage: greenlight');
      for (const command of ['serve', 'init', 'user', 'demo', 'doctor'])
        expect(result.out).toContain(command);
    });
  });

  describe('on one data directory', () => {
    it('init creates the first administrator, and refuses a second time (exit 6)', async () => {
      const args = ['init', '--email', 'ada@studio.example', '--name', 'Ada Admin'];
      const first = await run([...args, '--data-dir', dataDir], {
        GREENLIGHT_PASSWORD: 'a long enough password',
      });
      expect(first).toEqual({
        code: 0,
        out: 'Administrator ada@studio.example created.\n',
        err: '',
      });
      const second = await run([
        ...args,
        '--password',
        'another long password',
        '--data-dir',
        dataDir,
      ]);
      expect(second.code).toBe(6);
      expect(second.err).toBe(
        'greenlight: This installation has users already; add more with `greenlight user add`\n',
      );
    }, 60_000);

    it('demo --json prints the production and one user per role, and a second run reuses them', async () => {
      const first = await run(['demo', '--json', '--data-dir', dataDir]);
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      expect(first.out.endsWith('\n')).toBe(true);
      expect(first.out.trim().split('\n')).toHaveLength(1);
      const printed = JSON.parse(first.out) as {
        productionId: string;
        users: { email: string; password: string; role: string }[];
      };
      expect(Object.keys(printed).sort()).toEqual(['productionId', 'users']);
      expect(printed.productionId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
      expect(printed.users).toHaveLength(14);
      expect(printed.users).toEqual(
        DEMO_TEAM.map((m) => ({ email: m.email, password: DEMO_PASSWORD, role: m.role })),
      );
      expect(printed.users.map((u) => u.role).sort()).toEqual([...ROLES].sort());

      const again = await run(['demo', '--data-dir', dataDir]);
      expect(again.code).toBe(0);
      expect(again.out).toContain(
        `Demo production already there in the embedded database in ${dataDir}: ${printed.productionId}\n`,
      );
      for (const member of DEMO_TEAM) expect(again.out).toContain(member.email);
    }, 120_000);

    it('script import adds a draft to the demo production as the person named, through the authority matrix', async () => {
      const demo = JSON.parse((await run(['demo', '--json', '--data-dir', dataDir])).out) as {
        productionId: string;
      };
      const file = join(FIXTURES, 'every-element.fountain');
      const base = [
        'script',
        'import',
        file,
        '--production',
        demo.productionId,
        '--data-dir',
        dataDir,
      ];
      const imported = await run([...base, '--as', 'ursula@harbourlight.example', '--json']);
      expect(imported.err).toBe('');
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.out)).toMatchObject({
        outcome: 'allowed',
        actor: 'ursula@harbourlight.example',
        result: { number: 3, revisionColour: 'pink' },
      });
      // The camera crew member may neither import nor ask to: refused with the forbidden exit code.
      const refused = await run([...base, '--as', 'casey@harbourlight.example']);
      expect(refused.code).toBe(4);
      expect(refused.err).toMatch(/^greenlight: /);
      const unreadable = join(dataDir, 'notes.txt');
      writeFileSync(unreadable, 'No scenes here.\n');
      const noScenes = await run([
        'script',
        'import',
        unreadable,
        '--production',
        demo.productionId,
        '--data-dir',
        dataDir,
      ]);
      expect(noScenes.code).toBe(2);
      expect(noScenes.err).toContain('no scene headings');
      const nowhere = await run([
        ...base.slice(0, 4),
        '00000000-0000-4000-8000-000000000000',
        '--data-dir',
        dataDir,
      ]);
      expect(nowhere.code).toBe(5);
    }, 120_000);

    it('doctor exits 0 on a healthy data directory', async () => {
      const result = await run(['doctor', '--data-dir', dataDir]);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toContain(`Checking the embedded database in ${dataDir}`);
      expect(result.out).toMatch(/ok +Lock: Not in use by any process\./);
      expect(result.out).toMatch(/ok +Migrations: All \d+ applied; the schema is up to date\./);
      expect(result.out.trim().endsWith('Everything looks right.')).toBe(true);
    }, 60_000);

    it('doctor and demo refuse, in words, while another process has the directory open', async () => {
      const served = await serveInAnotherProcess(dataDir);
      holder = served.child;
      const pid = holder.pid ?? 0;
      const doctor = await run(['doctor', '--data-dir', dataDir]);
      expect(doctor.code).toBe(8);
      expect(doctor.out).toContain(`FAIL  Lock: In use by process ${pid} on this machine since`);
      expect(doctor.out).toContain(
        'Database opens: Not opened, because another process is using the data directory.',
      );
      expect(doctor.out).toMatch(/\d+ problems? found\.\n$/);

      const demo = await run(['demo', '--json', '--data-dir', dataDir]);
      expect(demo.code).toBe(8);
      expect(demo.out).toBe('');
      expect(demo.err).toContain(`is in use by process ${pid}`);
      expect(demo.err).toContain('Stop the other Greenlight');

      // Stopped as soon as it has answered: it shuts down cleanly and lets go of the directory.
      holder.kill('SIGTERM');
      expect(await ended(holder)).toBe(0);
      expect(served.output()).toContain('Stopped; the database is closed.\n');
      expect((await run(['doctor', '--data-dir', dataDir])).code).toBe(0);
    }, 120_000);

    it('serve answers on loopback until stopped, listening for the stop before it announces itself', async () => {
      const events: string[] = [];
      let stop: () => void = () => undefined;
      let announced: (url: string) => void = () => undefined;
      const url = new Promise<string>((resolve) => {
        announced = resolve;
      });
      const io: CliIo = {
        out: (text) => {
          events.push(text);
          const match = /Greenlight is running at (\S+) /.exec(text);
          if (match?.[1]) announced(match[1]);
        },
        err: (text) => events.push(`err: ${text}`),
        env: {},
        untilStopped: () => {
          events.push('listening for stop');
          return new Promise<void>((resolve) => {
            stop = resolve;
          });
        },
      };
      const serving = main(
        ['serve', '--data-dir', dataDir, '--port', '0', '--host', '127.0.0.1', '--no-log'],
        io,
      );
      const base = await url;
      expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${base}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true, database: 'pglite' });
      const announcement = events.findIndex((e) => e.startsWith('Greenlight is running'));
      expect(events.indexOf('listening for stop')).toBeGreaterThanOrEqual(0);
      expect(events.indexOf('listening for stop')).toBeLessThan(announcement);

      stop();
      expect(await serving).toBe(0);
      expect(events.at(-1)).toBe('Stopped; the database is closed.\n');
      expect((await run(['doctor', '--data-dir', dataDir])).code).toBe(0);
    }, 60_000);

    it('doctor exits non-zero, with words, on a data directory that does not exist', async () => {
      const missing = join(root, 'nowhere');
      const result = await run(['doctor', '--data-dir', missing]);
      expect(result.code).toBe(8);
      expect(result.out).toContain(`${missing} does not exist.`);
    });
  });
});

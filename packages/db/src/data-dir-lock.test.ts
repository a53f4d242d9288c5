import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  describeLockState,
  LOCK_FILE_NAME,
  readDataDirLockState,
} from './data-dir-lock.js';

describe('data directory lock', () => {
  let dir: string;
  let lockPath: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'greenlight-lock-'));
    lockPath = join(dir, LOCK_FILE_NAME);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeLock = (pid: number, host = hostname()): void =>
    writeFileSync(
      lockPath,
      JSON.stringify({ pid, hostname: host, startedAt: '2026-01-01T00:00:00.000Z' }),
    );

  it('writes pid, host name and start time, and removes the file on release', () => {
    const lock = acquireDataDirLock(dir);
    const owner: unknown = JSON.parse(readFileSync(lockPath, 'utf8'));
    expect(owner).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
      startedAt: expect.any(String),
    });
    expect(readDataDirLockState(dir)).toMatchObject({ state: 'held', byThisProcess: true });
    lock.release();
    lock.release();
    expect(existsSync(lockPath)).toBe(false);
    expect(readDataDirLockState(dir)).toEqual({ state: 'free' });
  });

  it('refuses a second holder in the same process', () => {
    const lock = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(
      expect.objectContaining({
        code: 'storage',
        message: expect.stringContaining(`in use by process ${process.pid}`),
      }),
    );
    lock.release();
  });

  describe('held by another live process', () => {
    let child: ChildProcess;
    beforeEach(async () => {
      child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      await new Promise((resolve) => child.once('spawn', resolve));
    });
    afterEach(() => {
      child.kill('SIGKILL');
    });

    it("refuses with the holder's pid, then takes over once that process is gone", async () => {
      const pid = child.pid ?? 0;
      writeLock(pid);
      expect(() => acquireDataDirLock(dir)).toThrow(
        expect.objectContaining({
          code: 'storage',
          message: expect.stringMatching(
            new RegExp(`The data directory .* is in use by process ${pid}\\b`),
          ),
        }),
      );
      expect(readFileSync(lockPath, 'utf8')).toContain(`"pid":${pid}`);

      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      expect(readDataDirLockState(dir)).toMatchObject({ state: 'stale', owner: { pid } });
      expect(describeLockState(readDataDirLockState(dir))).toContain('no longer running');
      const lock = acquireDataDirLock(dir);
      expect(readFileSync(lockPath, 'utf8')).toContain(`"pid":${process.pid}`);
      lock.release();
    });
  });

  it('does not remove a lock another process took over in the meantime', () => {
    const lock = acquireDataDirLock(dir);
    writeLock(999_999_999);
    lock.release();
    expect(existsSync(lockPath)).toBe(true);
  });

  it('reports a lock from another machine without judging it stale', () => {
    writeLock(1, 'render-node-7');
    const state = readDataDirLockState(dir);
    expect(state).toMatchObject({ state: 'foreign' });
    expect(() => acquireDataDirLock(dir)).toThrow(/render-node-7/);
  });

  it('treats an unreadable lock as being written when fresh, and as stale when old', () => {
    writeFileSync(lockPath, '');
    expect(readDataDirLockState(dir)).toEqual({ state: 'being-taken' });
    expect(() => acquireDataDirLock(dir)).toThrow(/in use/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath, old, old);
    expect(readDataDirLockState(dir)).toEqual({ state: 'stale', owner: null });
    acquireDataDirLock(dir).release();
  });
});

import { DomainError } from '@greenlight/domain';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Who holds a data directory, as written in its lock file. */
export type DataDirLockOwner = {
  readonly pid: number;
  readonly hostname: string;
  /** ISO instant the holder started. */
  readonly startedAt: string;
};

export type DataDirLockState =
  | { readonly state: 'free' }
  | { readonly state: 'held'; readonly owner: DataDirLockOwner; readonly byThisProcess: boolean }
  /** The holder is gone (crashed or killed); the next open takes the lock over. */
  | { readonly state: 'stale'; readonly owner: DataDirLockOwner | null }
  /** The lock file is being written by a process that is opening the directory right now. */
  | { readonly state: 'being-taken' }
  /** Held by a process on another machine (shared disk): its liveness cannot be checked from here. */
  | { readonly state: 'foreign'; readonly owner: DataDirLockOwner };

export type DataDirLock = {
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
};

export const LOCK_FILE_NAME = 'greenlight.lock';

// A lock file that is empty or unreadable JSON is normally one being written right now; only after this long
// is it taken for the remains of a crash during that write.
const UNREADABLE_LOCK_GRACE_MS = 10_000;

/**
 * PGlite is one process's database: two processes opening the same directory corrupt it (PGlite #1106, #892).
 * The lock file is created with O_EXCL, so exactly one process wins; a lock left by a dead process is taken over.
 */
export const acquireDataDirLock = (dataDir: string): DataDirLock => {
  const path = join(dataDir, LOCK_FILE_NAME);
  const owner: DataDirLockOwner = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
  };
  const content = `${JSON.stringify(owner)}\n`;
  // Two attempts: the second follows taking over a stale lock. Losing that race to another process is fine:
  // its create wins, ours fails with EEXIST and reports the directory in use.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (tryCreate(path, content)) return createRelease(path, content);
    const state = readDataDirLockState(dataDir);
    if (state.state === 'stale') {
      removeIfUnchanged(path, state.owner);
      continue;
    }
    if (state.state === 'free') continue; // released between our create and our read
    throw lockedError(dataDir, path, state);
  }
  throw new DomainError(
    'storage',
    `Could not take the lock ${path}: another process keeps creating it.`,
  );
};

/** The lock's state without touching it (for `greenlight doctor`). */
export const readDataDirLockState = (dataDir: string): DataDirLockState => {
  const path = join(dataDir, LOCK_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: 'free' };
    throw error;
  }
  const owner = parseOwner(text);
  if (owner === null) {
    const age = ageMs(path);
    if (age === null) return { state: 'free' };
    return age > UNREADABLE_LOCK_GRACE_MS
      ? { state: 'stale', owner: null }
      : { state: 'being-taken' };
  }
  if (owner.hostname !== hostname()) return { state: 'foreign', owner };
  if (owner.pid === process.pid) return { state: 'held', owner, byThisProcess: true };
  return isProcessAlive(owner.pid)
    ? { state: 'held', owner, byThisProcess: false }
    : { state: 'stale', owner };
};

/** Describes a lock state in words, for errors and `greenlight doctor`. */
export const describeLockState = (state: DataDirLockState): string => {
  switch (state.state) {
    case 'free':
      return 'Not in use by any process.';
    case 'being-taken':
      return 'Another process is opening it right now.';
    case 'held':
      return state.byThisProcess
        ? `In use by this process (${state.owner.pid}), opened at ${state.owner.startedAt}.`
        : `In use by process ${state.owner.pid} on this machine since ${state.owner.startedAt}.`;
    case 'stale':
      return state.owner
        ? `Left behind by process ${state.owner.pid}, which is no longer running; the next start takes it over.`
        : 'An unreadable lock file was left behind; the next start takes it over.';
    case 'foreign':
      return `In use by process ${state.owner.pid} on another machine (${state.owner.hostname}) since ${state.owner.startedAt}.`;
  }
};

const lockedError = (dataDir: string, path: string, state: DataDirLockState): DomainError => {
  const holder =
    state.state === 'held'
      ? `process ${state.owner.pid}${state.byThisProcess ? ' (this process: close the database before opening it again)' : ''}, since ${state.owner.startedAt}`
      : state.state === 'foreign'
        ? `process ${state.owner.pid} on ${state.owner.hostname}, since ${state.owner.startedAt}`
        : 'another process that is opening it right now';
  const advice =
    state.state === 'foreign'
      ? `If that machine is no longer using it, delete ${path}.`
      : 'Stop the other Greenlight (server or command) first, or use a different data directory.';
  return new DomainError(
    'storage',
    `The data directory ${dataDir} is in use by ${holder}. ${advice}`,
    {
      dataDir,
      lockFile: path,
      ...(state.state === 'held' || state.state === 'foreign' ? { pid: state.owner.pid } : {}),
    },
  );
};

const tryCreate = (path: string, content: string): boolean => {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw new DomainError(
      'storage',
      `Cannot create the lock file ${path} (${errorCode(error) ?? 'error'}): check that this user may write to the data directory.`,
      { lockFile: path },
    );
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
};

const createRelease = (path: string, content: string): DataDirLock => {
  let released = false;
  return {
    path,
    release: () => {
      if (released) return;
      released = true;
      // Never delete a lock someone else took over (e.g. after this process was wrongly judged dead).
      try {
        if (readFileSync(path, 'utf8') === content) unlinkSync(path);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    },
  };
};

// Re-reads before deleting so a lock that changed hands since it was judged stale survives.
const removeIfUnchanged = (path: string, staleOwner: DataDirLockOwner | null): void => {
  try {
    const current = parseOwner(readFileSync(path, 'utf8'));
    const unchanged =
      staleOwner === null
        ? current === null
        : current !== null &&
          current.pid === staleOwner.pid &&
          current.startedAt === staleOwner.startedAt;
    if (unchanged) unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
};

const parseOwner = (text: string): DataDirLockOwner | null => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, hostname: host, startedAt } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    if (typeof host !== 'string' || typeof startedAt !== 'string') return null;
    return { pid, hostname: host, startedAt };
  } catch {
    return null; // unreadable: handled by the caller as being written or stale
  }
};

const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return errorCode(error) === 'EPERM';
  }
};

const ageMs = (path: string): number | null => {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
};

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

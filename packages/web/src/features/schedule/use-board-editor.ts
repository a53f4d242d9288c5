import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type BoardDto, type StripDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError, isUnauthenticated } from '../../api/describe-error';
import { useSession } from '../../session/session-context';
import type { ReportOutcome } from './schedule-outcome';

/** A change to a board: the whole strips array, the lock, or both. */
export type BoardChange = {
  readonly strips?: readonly StripDto[];
  readonly locked?: boolean;
  /** Send with this version instead of the latest loaded (the optimizer's proposal names its own). */
  readonly version?: number;
  readonly doneText: string;
};

export type BoardEditor = {
  readonly board: BoardDto | undefined;
  readonly error: unknown;
  /** The strips as edited: the board's own, or the order being saved. */
  readonly strips: readonly StripDto[];
  readonly saving: boolean;
  /** Shows `change.strips` at once and saves it; changes made while a save is under way follow it. */
  readonly change: (change: BoardChange) => void;
  readonly reload: () => void;
};

export const CONFLICT_MESSAGE =
  'Someone else changed this board while you were working on it. It has been reloaded with their changes: make your move again.';

/**
 * Loads a board and saves every change as the whole strips array with the version it was loaded at. Saves
 * run one after another (each needs the version the previous one produced); a run of moves made while one
 * is saving is sent as one. A 409 reloads the board and says so; a change sent for approval leaves the board
 * as saved.
 */
export const useBoardEditor = (
  productionId: string,
  boardId: string,
  report: ReportOutcome,
): BoardEditor => {
  const client = useClient();
  const { expire } = useSession();
  const [loaded, setLoaded] = useState<{ board?: BoardDto; error?: unknown }>({});
  const [draft, setDraft] = useState<readonly StripDto[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [run, setRun] = useState(0);
  const versionRef = useRef<number | null>(null);
  const queueRef = useRef<BoardChange[]>([]);
  const runningRef = useRef(false);
  const params = { productionId, boardId };

  useEffect(() => {
    let cancelled = false;
    client.call('board', { params: { productionId, boardId } }).then(
      (board) => {
        if (cancelled) return;
        versionRef.current = board.version;
        setLoaded({ board });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (isUnauthenticated(error)) expire();
        setLoaded((previous) => ({ ...previous, error }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, expire, productionId, boardId, run]);

  const fetchBoard = async (): Promise<void> => {
    try {
      const board = await client.call('board', { params });
      versionRef.current = board.version;
      setLoaded({ board });
    } catch (error) {
      setLoaded((previous) => ({ ...previous, error }));
    }
  };

  const drain = async (): Promise<void> => {
    runningRef.current = true;
    setSaving(true);
    for (let job = queueRef.current.shift(); job; job = queueRef.current.shift()) {
      const version = job.version ?? versionRef.current;
      if (version === null) break;
      try {
        const result = await client.call('updateBoard', {
          params,
          body: {
            version,
            ...(job.strips === undefined ? {} : { strips: [...job.strips] }),
            ...(job.locked === undefined ? {} : { locked: job.locked }),
          },
        });
        report({ kind: 'result', result, doneText: job.doneText });
        if (result.outcome === 'approval-requested') queueRef.current = [];
      } catch (error) {
        queueRef.current = [];
        if (error instanceof ApiError && error.status === 409) {
          report({ kind: 'conflict', message: CONFLICT_MESSAGE });
        } else {
          if (isUnauthenticated(error)) expire();
          report({ kind: 'error', message: describeError(error) });
        }
      }
      await fetchBoard();
      if (queueRef.current.length === 0) setDraft(null);
    }
    runningRef.current = false;
    setSaving(false);
  };

  const change = (next: BoardChange): void => {
    if (next.strips !== undefined) setDraft(next.strips);
    const queue = queueRef.current;
    const last = queue.at(-1);
    // Moves made while saving: only the latest order needs sending.
    if (
      last &&
      last.locked === undefined &&
      next.locked === undefined &&
      next.version === undefined
    ) {
      queue[queue.length - 1] = next;
    } else queue.push(next);
    if (!runningRef.current) void drain();
  };

  const reload = useCallback(() => setRun((n) => n + 1), []);

  return {
    board: loaded.board,
    error: loaded.error,
    strips: draft ?? loaded.board?.strips ?? [],
    saving,
    change,
    reload,
  };
};

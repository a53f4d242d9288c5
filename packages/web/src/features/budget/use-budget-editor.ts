import { useCallback, useRef, useState } from 'react';
import {
  ApiError,
  type BudgetVersionDto,
  type ComputedLineDto,
  type DetailLineDto,
  type TopSheetDto,
} from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import type { ReportBudgetOutcome } from './budget-outcome';
import { editResultOf } from './edit-result';
import { mergeLines } from './merge-lines';

type LineEdit =
  | { readonly kind: 'add'; readonly line: DetailLineDto }
  | { readonly kind: 'update'; readonly line: DetailLineDto }
  | { readonly kind: 'remove'; readonly lineId: string };

/** How a change ended, for the cell that made it: saved, or why not (the grid keeps what was typed). */
export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly count: number }
  | { readonly kind: 'saved' }
  | { readonly kind: 'error'; readonly message: string; readonly conflict: boolean };

export type BudgetEditor = {
  readonly lines: readonly ComputedLineDto[];
  readonly topSheet: TopSheetDto;
  readonly revision: number;
  readonly saveState: SaveState;
  /** Lines with a change on its way to the server. */
  readonly pendingLineIds: ReadonlySet<string>;
  readonly updateLine: (line: DetailLineDto, doneText: string) => Promise<SaveResult>;
  readonly addLine: (line: DetailLineDto) => Promise<SaveResult>;
  readonly removeLine: (lineId: string, doneText: string) => Promise<SaveResult>;
};

const computedFrom = (line: DetailLineDto, like: ComputedLineDto | undefined): ComputedLineDto => ({
  section: like?.section ?? 'other',
  quantity: like?.quantity ?? 0,
  totalInLineCurrency: like?.totalInLineCurrency ?? 0,
  total: like?.total ?? 0,
  fringes: like?.fringes ?? [],
  fringeTotal: like?.fringeTotal ?? 0,
  ...line,
});

/**
 * The lines of a draft as the grid edits them. Changes go to the server one at a time, each at the revision
 * the previous one answered (two quick edits never race into a 409), and each answer brings the changed
 * lines and the top sheet, so totals follow without reloading 10,000 lines. While a change is on its way
 * the line shows what was typed; refused, the line goes back to the server's and the cell learns why.
 */
export const useBudgetEditor = (
  productionId: string,
  data: BudgetVersionDto,
  report: ReportBudgetOutcome,
): BudgetEditor => {
  const client = useClient();
  const [lines, setLines] = useState<readonly ComputedLineDto[]>(data.lines);
  const [topSheet, setTopSheet] = useState(data.topSheet);
  const [revision, setRevision] = useState(data.version.revision);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  // The revision the next change is sent at, and the server's own copy of each line to go back to.
  const revisionRef = useRef(data.version.revision);
  const confirmed = useRef(new Map<string, ComputedLineDto>());
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const inFlight = useRef(0);

  const send = useCallback(
    (edit: LineEdit, doneText: string): Promise<SaveResult> => {
      const lineId = edit.kind === 'remove' ? edit.lineId : edit.line.id;
      inFlight.current += 1;
      setSaveState({ kind: 'saving', count: inFlight.current });
      setPending((old) => new Set(old).add(lineId));
      const run = async (): Promise<SaveResult> => {
        try {
          const result = await client.call('editBudgetLines', {
            params: { productionId, versionId: data.version.id },
            body: { revision: revisionRef.current, edits: [edit] },
          });
          const answer = editResultOf(result);
          if (answer !== null) {
            revisionRef.current = answer.revision;
            for (const line of answer.lines) confirmed.current.set(line.id, line);
            setRevision(answer.revision);
            setTopSheet(answer.topSheet);
            setLines((old) => mergeLines(old, answer.lines, answer.removedLineIds));
            return { ok: true };
          }
          // Routed for approval: nothing changed yet, so the line shows what is in force.
          restore(edit);
          report({ kind: 'result', result, doneText });
          return { ok: true };
        } catch (caught) {
          restore(edit);
          const conflict = caught instanceof ApiError && caught.code === 'conflict';
          const message = conflict
            ? 'Someone else changed this budget first. Reload to see the latest version; your change was not saved.'
            : describeError(caught);
          setSaveState({ kind: 'error', message, conflict });
          return { ok: false, error: message };
        }
      };
      const restore = (failed: LineEdit) => {
        if (failed.kind === 'add') {
          setLines((old) => old.filter((l) => l.id !== failed.line.id));
          return;
        }
        const id = failed.kind === 'remove' ? failed.lineId : failed.line.id;
        const original = confirmed.current.get(id);
        if (original !== undefined) {
          setLines((old) => {
            const kept = old.some((l) => l.id === id);
            return kept
              ? old.map((l) => (l.id === id ? original : l))
              : mergeLines(old, [original], []);
          });
        }
      };
      const next = chain.current.then(run, run).finally(() => {
        inFlight.current -= 1;
        setPending((old) => {
          const copy = new Set(old);
          copy.delete(lineId);
          return copy;
        });
        setSaveState((state) =>
          state.kind === 'error'
            ? state
            : inFlight.current === 0
              ? { kind: 'saved' }
              : { kind: 'saving', count: inFlight.current },
        );
      });
      chain.current = next;
      return next;
    },
    [client, productionId, data.version.id, report],
  );

  const remember = (id: string) => {
    if (confirmed.current.has(id)) return;
    const line = lines.find((l) => l.id === id);
    if (line !== undefined) confirmed.current.set(id, line);
  };

  return {
    lines,
    topSheet,
    revision,
    saveState,
    pendingLineIds: pending,
    updateLine: (line, doneText) => {
      remember(line.id);
      setSaveState((s) => (s.kind === 'error' ? { kind: 'idle' } : s));
      // Shown at once as typed; the figures catch up when the server answers.
      setLines((old) => old.map((l) => (l.id === line.id ? computedFrom(line, l) : l)));
      return send({ kind: 'update', line }, doneText);
    },
    addLine: (line) => {
      setLines((old) => mergeLines(old, [computedFrom(line, undefined)], []));
      return send({ kind: 'add', line }, `Added a line to account ${line.accountNumber}`);
    },
    removeLine: (lineId, doneText) => {
      remember(lineId);
      setLines((old) => old.filter((l) => l.id !== lineId));
      return send({ kind: 'remove', lineId }, doneText);
    },
  };
};

import { useState, type FormEvent } from 'react';
import type { BoardSummaryDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { Field } from '../../ui/field';
import { BOARD_KIND_LABELS, UNIT_LABELS } from './board-labels';
import type { ScheduleOutcome } from './schedule-outcome';
import { createdId } from './created-id';

type NewBoardFormProps = {
  readonly productionId: string;
  readonly boards: readonly BoardSummaryDto[];
  readonly onCreated: (outcome: ScheduleOutcome, boardId: string | null, name: string) => void;
  readonly onCancel: () => void;
};

const SCRIPT_ORDER = 'script-order';

/** A new board: a shooting board for a unit, or a what-if; from script order or a copy of a board. */
export const NewBoardForm = ({ productionId, boards, onCreated, onCancel }: NewBoardFormProps) => {
  const client = useClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'shooting' | 'what-if'>(
    boards.length === 0 ? 'shooting' : 'what-if',
  );
  const [unit, setUnit] = useState<'main' | 'second'>('main');
  const [source, setSource] = useState(SCRIPT_ORDER);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('Name the board');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('createBoard', {
        params: { productionId },
        body: {
          name: trimmed,
          kind,
          unit,
          ...(source === SCRIPT_ORDER ? {} : { copyFrom: source }),
        },
      });
      onCreated(
        { kind: 'result', result, doneText: `Created ${trimmed}` },
        createdId(result),
        trimmed,
      );
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel form new-board"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="new-board-heading"
    >
      <h2 id="new-board-heading">New board</h2>
      <div className="form__grid new-board__grid">
        <Field label="Board name">
          {(id) => (
            <input
              id={id}
              type="text"
              value={name}
              maxLength={120}
              onChange={(e) => setName(e.target.value)}
              placeholder={
                kind === 'shooting' ? 'Shooting schedule' : 'What if we shoot nights first'
              }
              autoComplete="off"
            />
          )}
        </Field>
        <Field label="Kind">
          {(id) => (
            <select
              id={id}
              value={kind}
              onChange={(e) => setKind(e.target.value === 'shooting' ? 'shooting' : 'what-if')}
            >
              <option value="shooting">{BOARD_KIND_LABELS.shooting}</option>
              <option value="what-if">{BOARD_KIND_LABELS['what-if']}</option>
            </select>
          )}
        </Field>
        <Field label="Unit">
          {(id) => (
            <select
              id={id}
              value={unit}
              onChange={(e) => setUnit(e.target.value === 'second' ? 'second' : 'main')}
            >
              <option value="main">{UNIT_LABELS.main}</option>
              <option value="second">{UNIT_LABELS.second}</option>
            </select>
          )}
        </Field>
        <Field label="Start from">
          {(id) => (
            <select id={id} value={source} onChange={(e) => setSource(e.target.value)}>
              <option value={SCRIPT_ORDER}>Script order, packed into days</option>
              {boards.map((b) => (
                <option key={b.id} value={b.id}>
                  A copy of {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {kind === 'shooting' ? (
        <p className="field__hint">
          A unit has one shooting board: the call sheets and calendars follow it.
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="create-board"
        >
          {busy ? 'Creating…' : 'Create board'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};

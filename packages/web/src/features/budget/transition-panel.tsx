import { useState, type FormEvent } from 'react';
import type { BudgetVersionDto, BudgetVersionSummaryDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import type { BudgetOutcome } from './budget-outcome';
import { resultField } from './edit-result';

export type Transition = BudgetVersionDto['transitions'][number];

/** Each move's button, the confirming question, and what to say when it is done. */
export const TRANSITION_LABELS: Readonly<
  Record<Transition, { readonly button: string; readonly question: string; readonly done: string }>
> = {
  submit: {
    button: 'Submit for approval',
    question: 'Submit this version for approval? It is read-only while it waits.',
    done: 'Submitted for approval',
  },
  withdraw: {
    button: 'Withdraw',
    question: 'Take this version back from approval? It becomes a draft again.',
    done: 'Withdrawn: a draft again',
  },
  return: {
    button: 'Return for changes',
    question: 'Send this version back to be changed? Say what should change.',
    done: 'Returned for changes',
  },
  approve: {
    button: 'Approve',
    question: 'Approve this version as the budget in force? A version it revises is locked.',
    done: 'Approved',
  },
};

type TransitionPanelProps = {
  readonly productionId: string;
  readonly version: BudgetVersionSummaryDto;
  readonly transition: Transition;
  readonly onCancel: () => void;
  readonly onDone: (outcome: BudgetOutcome) => void;
};

/** Confirms a move with an optional note; the server says whether it is done or waits for an approver. */
export const TransitionPanel = ({
  productionId,
  version,
  transition,
  onCancel,
  onDone,
}: TransitionPanelProps) => {
  const client = useClient();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const labels = TRANSITION_LABELS[transition];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const trimmed = note.trim();
      const result = await client.call('budgetTransition', {
        params: { productionId, versionId: version.id },
        body: { transition, ...(trimmed === '' ? {} : { note: trimmed }) },
      });
      const locked = resultField(result, 'lockedVersionId');
      onDone({
        kind: 'result',
        result,
        doneText: `${labels.done}: version ${version.number}${locked === null ? '' : '; the version it revises is now locked'}`,
      });
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <form
      className="panel form budget-transition"
      onSubmit={(e) => void submit(e)}
      data-testid="transition-panel"
      aria-label={labels.button}
    >
      <p>{labels.question}</p>
      <label className="field">
        <span className="field__label">Note {transition === 'return' ? '' : '(optional)'}</span>
        <textarea
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={2000}
        />
      </label>
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
          data-testid="confirm-transition"
        >
          {busy ? 'Sending…' : labels.button}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};

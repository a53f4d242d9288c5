import { ErrorMessage, Notice } from '../../ui/feedback';
import { ActionResultNotice } from '../approvals/action-result-notice';
import type { CallSheetOutcome } from './call-sheet-outcome';

type OutcomeNoticeProps = {
  readonly outcome: CallSheetOutcome | null;
  readonly onReload: () => void;
  readonly onDismiss: () => void;
};

/** Saved, published, sent for approval to whom, changed by someone else meanwhile, or refused and why. */
export const OutcomeNotice = ({ outcome, onReload, onDismiss }: OutcomeNoticeProps) => {
  if (outcome === null) return null;
  return (
    <div className="cs-outcome" data-testid="call-sheet-outcome" data-kind={outcome.kind}>
      {outcome.kind === 'result' ? (
        <ActionResultNotice result={outcome.result} doneText={outcome.doneText} />
      ) : outcome.kind === 'conflict' ? (
        <Notice tone="warning">
          <span data-testid="call-sheet-conflict">{outcome.message}</span>{' '}
          <button type="button" className="button button--small" onClick={onReload}>
            Reload
          </button>
        </Notice>
      ) : (
        <ErrorMessage>{outcome.message}</ErrorMessage>
      )}
      <button
        type="button"
        className="button button--ghost button--small cs-outcome__close"
        onClick={onDismiss}
        aria-label="Dismiss the message"
      >
        ×
      </button>
    </div>
  );
};

import { ErrorMessage, Notice } from '../../ui/feedback';
import { ActionResultNotice } from '../approvals/action-result-notice';
import type { CostOutcome } from './cost-outcome';

type CostOutcomeToastProps = {
  readonly outcome: CostOutcome | null;
  readonly onDismiss: () => void;
};

/** The last change's outcome, pinned to the corner so it is seen wherever on a long report it was made. */
export const CostOutcomeToast = ({ outcome, onDismiss }: CostOutcomeToastProps) => {
  if (outcome === null) return null;
  return (
    <div className="script-toast" data-testid="cost-outcome" data-kind={outcome.kind}>
      {outcome.kind === 'result' ? (
        <ActionResultNotice result={outcome.result} doneText={outcome.doneText} />
      ) : outcome.kind === 'signed' ? (
        <Notice tone={outcome.outcome === 'approved' ? 'success' : 'info'}>
          <span data-testid="signed-outcome" data-outcome={outcome.outcome}>
            {outcome.text}
          </span>
        </Notice>
      ) : outcome.kind === 'conflict' ? (
        <Notice tone="warning">
          <span data-testid="cost-conflict">{outcome.message}</span>
        </Notice>
      ) : (
        <ErrorMessage>{outcome.message}</ErrorMessage>
      )}
      <button
        type="button"
        className="button button--ghost button--small script-toast__close"
        onClick={onDismiss}
        aria-label="Dismiss the message"
      >
        ×
      </button>
    </div>
  );
};

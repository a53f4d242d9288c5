import { ErrorMessage, Notice } from '../../ui/feedback';
import { ActionResultNotice } from '../approvals/action-result-notice';
import type { BudgetOutcome } from './budget-outcome';

type BudgetOutcomeToastProps = {
  readonly outcome: BudgetOutcome | null;
  readonly onDismiss: () => void;
};

/**
 * The last change's outcome, pinned to the corner so it is seen wherever in a long grid the change was
 * made: done, sent for approval to whom, overtaken by someone else's change, or refused.
 */
export const BudgetOutcomeToast = ({ outcome, onDismiss }: BudgetOutcomeToastProps) => {
  if (outcome === null) return null;
  return (
    <div className="script-toast" data-testid="budget-outcome" data-kind={outcome.kind}>
      {outcome.kind === 'result' ? (
        <ActionResultNotice result={outcome.result} doneText={outcome.doneText} />
      ) : outcome.kind === 'conflict' ? (
        <Notice tone="warning">
          <span data-testid="budget-conflict">{outcome.message}</span>
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

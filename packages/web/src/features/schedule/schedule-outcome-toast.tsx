import { ErrorMessage, Notice } from '../../ui/feedback';
import { ActionResultNotice } from '../approvals/action-result-notice';
import type { ScheduleOutcome } from './schedule-outcome';

type ScheduleOutcomeToastProps = {
  readonly outcome: ScheduleOutcome | null;
  readonly onDismiss: () => void;
};

/**
 * The last change's outcome, pinned to the bottom of the window so it is seen wherever on the board the
 * strip was dropped: saved, sent for approval to whom, reloaded after someone else's change, or refused.
 */
export const ScheduleOutcomeToast = ({ outcome, onDismiss }: ScheduleOutcomeToastProps) => {
  if (outcome === null) return null;
  return (
    <div className="script-toast" data-testid="schedule-outcome" data-kind={outcome.kind}>
      {outcome.kind === 'result' ? (
        <ActionResultNotice result={outcome.result} doneText={outcome.doneText} />
      ) : outcome.kind === 'conflict' ? (
        <Notice tone="warning">
          <span data-testid="board-conflict">{outcome.message}</span>
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

import { ErrorMessage } from '../../ui/feedback';
import { ActionResultNotice } from '../approvals/action-result-notice';
import type { ScriptActionOutcome } from './script-workspace';

type ScriptOutcomeToastProps = {
  readonly outcome: ScriptActionOutcome | null;
  readonly onDismiss: () => void;
};

/**
 * The last change's outcome, pinned to the bottom of the window so it is seen wherever in the script the
 * change was made: done, sent for approval to whom, or refused and why.
 */
export const ScriptOutcomeToast = ({ outcome, onDismiss }: ScriptOutcomeToastProps) => {
  if (outcome === null) return null;
  return (
    <div className="script-toast" data-testid="script-outcome">
      {outcome.kind === 'result' ? (
        <ActionResultNotice result={outcome.result} doneText={outcome.doneText} />
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

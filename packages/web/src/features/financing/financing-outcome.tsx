import type { ActionResultDto } from '@greenlight/contract';
import { ErrorMessage } from '../../ui/feedback';
import { ActionResultNotice } from '../approvals/action-result-notice';

/** What became of the last change on a view of the Financing tab. */
export type FinancingOutcome =
  | { readonly kind: 'result'; readonly result: ActionResultDto; readonly doneText: string }
  | { readonly kind: 'error'; readonly message: string };

type FinancingOutcomeNoticeProps = {
  readonly outcome: FinancingOutcome | null;
  readonly onDismiss: () => void;
};

/** Done, sent to whom for approval, or refused and why: next to what was changed. */
export const FinancingOutcomeNotice = ({ outcome, onDismiss }: FinancingOutcomeNoticeProps) => {
  if (outcome === null) return null;
  return (
    <div className="financing-outcome" data-testid="financing-outcome" data-kind={outcome.kind}>
      {outcome.kind === 'result' ? (
        <ActionResultNotice result={outcome.result} doneText={outcome.doneText} />
      ) : (
        <ErrorMessage>{outcome.message}</ErrorMessage>
      )}
      <button
        type="button"
        className="button button--ghost button--small financing-outcome__close"
        onClick={onDismiss}
        aria-label="Dismiss the message"
      >
        ×
      </button>
    </div>
  );
};

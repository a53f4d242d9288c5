import type { ActionResultDto } from '@greenlight/contract';
import { ErrorMessage, Notice } from '../../ui/feedback';
import { ActionResultNotice } from '../approvals/action-result-notice';

/** Which step of the report is under way, if any. */
export type ReportBusy = 'save' | 'submit' | 'sign' | 'correct' | null;

/** What became of the last save, submission, signature or correction of a day's report. */
export type ReportOutcome =
  | { readonly kind: 'result'; readonly result: ActionResultDto; readonly doneText: string }
  | { readonly kind: 'conflict'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

type ReportOutcomeNoticeProps = {
  readonly outcome: ReportOutcome | null;
  readonly onReload: () => void;
  readonly onDismiss: () => void;
};

/** Done, sent for approval to whom, changed by someone else meanwhile, or refused and why. */
export const ReportOutcomeNotice = ({ outcome, onReload, onDismiss }: ReportOutcomeNoticeProps) => {
  if (outcome === null) return null;
  return (
    <div className="cs-outcome" data-testid="report-outcome" data-kind={outcome.kind}>
      {outcome.kind === 'result' ? (
        <ActionResultNotice result={outcome.result} doneText={outcome.doneText} />
      ) : outcome.kind === 'conflict' ? (
        <Notice tone="warning">
          <span>{outcome.message}</span>{' '}
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

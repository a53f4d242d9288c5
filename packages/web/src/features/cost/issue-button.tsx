import { useState } from 'react';
import { useClient } from '../../api/api-context';
import { formatCalendarDate } from '../../ui/format-time';
import { failureOutcome, type ReportCostOutcome } from './cost-outcome';

type IssueButtonProps = {
  readonly productionId: string;
  readonly asOf: string;
  readonly onIssued: ReportCostOutcome;
};

/** Issues the weekly report as of the chosen day: its figures become the next report's "change" basis. */
export const IssueButton = ({ productionId, asOf, onIssued }: IssueButtonProps) => {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const issue = async () => {
    setBusy(true);
    try {
      const result = await client.call('issueCostReport', {
        params: { productionId },
        body: { asOf },
      });
      onIssued({
        kind: 'result',
        result,
        doneText: `Cost report issued as of ${formatCalendarDate(asOf)}`,
      });
    } catch (caught) {
      onIssued(failureOutcome(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={() => void issue()}
      disabled={busy}
      data-testid="issue-cost-report"
    >
      {busy ? 'Issuing…' : 'Issue weekly cost report'}
    </button>
  );
};

import type { ActionResultDto } from '@greenlight/contract';
import { Link } from '../../router/router';
import { Notice } from '../../ui/feedback';
import { routedToNames } from './routed-to';

type ActionResultNoticeProps = {
  readonly result: ActionResultDto;
  /** What was done when it went through: "Moved to pre-production". */
  readonly doneText: string;
};

/** Done at once, or sent for approval: the two ways an action can go through, said plainly. */
export const ActionResultNotice = ({ result, doneText }: ActionResultNoticeProps) =>
  result.outcome === 'allowed' ? (
    <Notice tone="success">
      <span data-testid="action-outcome" data-outcome="allowed">
        {doneText}
      </span>
    </Notice>
  ) : (
    <Notice tone="warning">
      <span data-testid="action-outcome" data-outcome="approval-requested">
        <strong>Approval requested.</strong> Sent to {routedToNames(result.request)} for approval.
      </span>{' '}
      <span className="muted">{result.rule}</span>{' '}
      <Link to="/approvals?tab=mine">See my requests</Link>
    </Notice>
  );

import { useState } from 'react';
import type { BudgetVersionSummaryDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { Link, navigate } from '../../router/router';
import type { ReportBudgetOutcome } from './budget-outcome';
import { budgetHref } from './budget-views';
import { resultField } from './edit-result';

type ReadOnlyNoticeProps = {
  readonly productionId: string;
  readonly version: BudgetVersionSummaryDto;
  /** A revision of this version already under way, if any. */
  readonly openRevision: BudgetVersionSummaryDto | null;
  readonly report: ReportBudgetOutcome;
};

const WHY: Readonly<Record<Exclude<BudgetVersionSummaryDto['status'], 'draft'>, string>> = {
  submitted:
    'Submitted for approval, so it is read-only while it waits: the approver approves it or returns it for changes, and the preparer can withdraw it.',
  approved:
    'Approved: this is the budget in force and it is read-only. Changes go through a revision, a new draft copied from it that is approved again before it replaces this one.',
  locked:
    'Locked: an approved revision replaced this version. It is kept as it was, for the record.',
};

/** Why the grid cannot be edited, and for an approved version the way to change it: a revision. */
export const ReadOnlyNotice = ({
  productionId,
  version,
  openRevision,
  report,
}: ReadOnlyNoticeProps) => {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (version.status === 'draft') return null;

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('startBudgetRevision', {
        params: { productionId, versionId: version.id },
        body: {},
      });
      report({
        kind: 'result',
        result,
        doneText: `Started a revision of version ${version.number}`,
      });
      const versionId = resultField(result, 'versionId');
      if (versionId !== null) navigate(budgetHref(productionId, { view: 'grid', versionId }));
      else setBusy(false);
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <div
      className="notice notice--info budget-readonly"
      data-testid="read-only-notice"
      data-status={version.status}
    >
      <p>{WHY[version.status]}</p>
      {version.status === 'approved' ? (
        openRevision !== null ? (
          <Link
            to={budgetHref(productionId, { view: 'grid', versionId: openRevision.id })}
            className="button button--small"
            data-testid="open-revision"
          >
            Open the revision under way (version {openRevision.number})
          </Link>
        ) : (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => void start()}
            disabled={busy}
            data-testid="start-revision"
          >
            {busy ? 'Starting…' : 'Start a revision'}
          </button>
        )
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
};

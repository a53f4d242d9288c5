import { useState } from 'react';
import type { ScheduleFeedDto } from '@greenlight/contract';
import { describeScheduleLink, formatQuantity, type Quantity } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { EmptyState, Notice } from '../../ui/feedback';
import { formatAmount } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import type { ReportBudgetOutcome } from './budget-outcome';
import { DeltaAmount } from './delta-amount';

type ScheduleFeedPanelProps = {
  readonly productionId: string;
  readonly versionId: string;
  readonly currency: string;
  readonly editable: boolean;
  readonly revision: number;
  readonly report: ReportBudgetOutcome;
  readonly onApplied: () => void;
};

const quantity = (value: number) => formatQuantity(value as Quantity);

/**
 * What the main unit's shooting board would change: the globals and lines linked to shoot days and cast
 * work days, old and new, and the new grand total. Nothing changes until "Apply" (a draft only).
 */
export const ScheduleFeedPanel = (props: ScheduleFeedPanelProps) => {
  const { productionId, versionId } = props;
  const query = useQuery(`budget-feed:${versionId}:${props.revision}`, (client) =>
    client.call('budgetScheduleFeed', { params: { productionId, versionId } }),
  );
  return (
    <QueryView query={query} loadingLabel="Reading the shooting board…">
      {(feed) => <FeedBody {...props} feed={feed} />}
    </QueryView>
  );
};

const FeedBody = ({
  feed,
  productionId,
  versionId,
  currency,
  editable,
  revision,
  report,
  onApplied,
}: ScheduleFeedPanelProps & { readonly feed: ScheduleFeedDto }) => {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changes = feed.globals.length + feed.lines.length;

  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('applyBudgetScheduleFeed', {
        params: { productionId, versionId },
        body: { revision },
      });
      report({
        kind: 'result',
        result,
        doneText: `Applied the schedule to ${feed.lines.length} lines`,
      });
      if (result.outcome === 'allowed') onApplied();
      else setBusy(false);
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <section
      className="stack schedule-feed"
      data-testid="schedule-feed"
      aria-labelledby="feed-heading"
    >
      <div className="panel schedule-feed__head">
        <div>
          <h2 id="feed-heading">From the schedule</h2>
          <p className="muted">
            {feed.board.name}: {feed.facts.shootDays} shoot days
            {feed.facts.cast.length > 0
              ? `; ${feed.facts.cast.map((c) => `#${c.castNumber} ${c.name} ${c.workDays} work, ${c.holdDays} hold`).join(' · ')}`
              : ''}
          </p>
        </div>
        <dl className="schedule-feed__totals">
          <div>
            <dt>Grand total now</dt>
            <dd>{formatAmount(feed.grandTotal.before, currency)}</dd>
          </div>
          <div>
            <dt>With the schedule</dt>
            <dd data-testid="feed-new-total">{formatAmount(feed.grandTotal.after, currency)}</dd>
          </div>
          <div>
            <dt>Difference</dt>
            <dd data-testid="feed-delta">
              <DeltaAmount amount={feed.grandTotal.delta} currency={currency} />
            </dd>
          </div>
        </dl>
      </div>
      {feed.warnings.map((warning) => (
        <Notice key={`${warning.castNumber}-${warning.subject}`} tone="warning">
          {warning.message}
        </Notice>
      ))}
      {changes === 0 ? (
        <EmptyState title="The budget already follows the schedule">
          <p>Every line and global linked to the shooting board has the board’s days.</p>
        </EmptyState>
      ) : (
        <>
          {feed.globals.length > 0 ? (
            <div className="table-wrap">
              <table className="table table--compact">
                <caption className="table-caption">Globals</caption>
                <thead>
                  <tr>
                    <th scope="col">Global</th>
                    <th scope="col">Follows</th>
                    <th scope="col" className="num">
                      Now
                    </th>
                    <th scope="col" className="num">
                      Schedule says
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {feed.globals.map((g) => (
                    <tr key={g.name} data-testid="feed-global">
                      <th scope="row">{g.name}</th>
                      <td className="muted">{describeScheduleLink(g.link)}</td>
                      <td className="num">{quantity(g.before)}</td>
                      <td className="num">{quantity(g.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <div className="table-wrap">
            <table className="table table--compact" data-testid="feed-lines">
              <caption className="table-caption">Lines that change</caption>
              <thead>
                <tr>
                  <th scope="col">Acct</th>
                  <th scope="col">Line</th>
                  <th scope="col">Follows</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col" className="num">
                    Total now
                  </th>
                  <th scope="col" className="num">
                    New total
                  </th>
                  <th scope="col" className="num">
                    Difference
                  </th>
                </tr>
              </thead>
              <tbody>
                {feed.lines.map((line) => (
                  <tr key={line.lineId} data-testid="feed-line" data-line-id={line.lineId}>
                    <td className="muted">{line.accountNumber}</td>
                    <th scope="row">{line.description}</th>
                    <td className="muted">
                      {line.global ?? (line.link === null ? '' : describeScheduleLink(line.link))}
                    </td>
                    <td className="num">
                      {quantity(line.quantityBefore)} →{' '}
                      <strong>{quantity(line.quantityAfter)}</strong>
                    </td>
                    <td className="num">{formatAmount(line.totalBefore, currency)}</td>
                    <td className="num">{formatAmount(line.totalAfter, currency)}</td>
                    <td className="num">
                      <DeltaAmount amount={line.delta} currency={currency} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="setup-bar">
            {editable ? (
              <p className="muted">
                Applying sets these amounts in this draft; the lines' totals follow.
              </p>
            ) : (
              <p className="muted">
                Only a draft takes the schedule: start a revision to apply it.
              </p>
            )}
            <span className="budget-grid__spacer" />
            {error ? (
              <p className="field__error" role="alert">
                {error}
              </p>
            ) : null}
            <button
              type="button"
              className="button button--primary"
              onClick={() => void apply()}
              disabled={!editable || busy}
              data-testid="apply-feed"
            >
              {busy ? 'Applying…' : 'Apply'}
            </button>
          </div>
        </>
      )}
    </section>
  );
};

import type { ProgressReportDto } from '@greenlight/contract';
import { formatEighths, standingWords } from '@greenlight/domain';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';

type Variance = ProgressReportDto['overBudget'][number];

const SCHEDULE_STATES: Readonly<Record<ProgressReportDto['schedule']['state'], string>> = {
  'not-scheduled': 'No shooting schedule yet',
  'before-shooting': 'Not shooting yet',
  shooting: 'Shooting',
  wrapped: 'Wrapped',
};

const VarianceTable = ({
  title,
  rows,
  empty,
  currency,
  testId,
}: {
  readonly title: string;
  readonly rows: readonly Variance[];
  readonly empty: string;
  readonly currency: string;
  readonly testId: string;
}) => {
  const money = (amount: number) => formatAmount(amount, currency);
  return (
    <section className="panel progress-report__panel" aria-label={title}>
      <h2 className="progress-report__heading">{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="table table--compact" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col" className="num">
                Budget
              </th>
              <th scope="col" className="num">
                Est. final
              </th>
              <th scope="col" className="num">
                Variance
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => (
              <tr key={v.accountNumber}>
                <th scope="row">
                  <span className="muted">{v.accountNumber}</span> {v.name}
                </th>
                <td className="num">{money(v.budget)}</td>
                <td className="num">{money(v.estimatedFinalCost)}</td>
                <td
                  className={
                    v.variance < 0 ? 'num progress-report__over' : 'num progress-report__under'
                  }
                >
                  {money(v.variance)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};

/** The largest variances each way, the cash position and the schedule status. */
export const ProgressFacts = ({ report }: { readonly report: ProgressReportDto }) => {
  const money = (amount: number | null) =>
    amount === null ? 'not known' : formatAmount(amount, report.currency);
  const cash = report.cash;
  const s = report.schedule;
  return (
    <>
      <div className="progress-report__pair">
        <VarianceTable
          title="Furthest over budget"
          rows={report.overBudget}
          empty="No account is over budget."
          currency={report.currency}
          testId="over-budget-table"
        />
        <VarianceTable
          title="Furthest under budget"
          rows={report.underBudget}
          empty="No account is under budget."
          currency={report.currency}
          testId="under-budget-table"
        />
      </div>
      <div className="progress-report__pair">
        <section className="panel progress-report__panel" aria-label="Cash position">
          <h2 className="progress-report__heading">Cash position</h2>
          {cash === null ? (
            <p className="muted">There is no financing plan yet.</p>
          ) : (
            <dl className="progress-report__facts" data-testid="cash-position">
              <dt>Closed financing</dt>
              <dd>{money(cash.closedFinancing)}</dd>
              <dt>Drawn to date</dt>
              <dd>{money(cash.drawnToDate)}</dd>
              <dt>Spent to date</dt>
              <dd>{money(cash.spentToDate)}</dd>
              <dt>Cash in hand</dt>
              <dd
                className={
                  cash.cashInHand !== null && cash.cashInHand < 0
                    ? 'progress-report__over'
                    : undefined
                }
              >
                {money(cash.cashInHand)}
              </dd>
              <dt>Spent and committed</dt>
              <dd>{money(cash.committedToDate)}</dd>
              <dt>Funding shortfall</dt>
              <dd className={cash.fundingShortfall ? 'progress-report__over' : undefined}>
                {money(cash.fundingShortfall)}
              </dd>
            </dl>
          )}
          {cash?.problem ? <p className="muted">{cash.problem}</p> : null}
        </section>
        <section className="panel progress-report__panel" aria-label="Schedule status">
          <h2 className="progress-report__heading">Schedule status</h2>
          {s.state === 'not-scheduled' ? (
            <p className="muted">{SCHEDULE_STATES[s.state]}.</p>
          ) : (
            <dl className="progress-report__facts" data-testid="schedule-status">
              <dt>Status</dt>
              <dd>{SCHEDULE_STATES[s.state]}</dd>
              <dt>Shoot days</dt>
              <dd>
                {s.shotDays} of {s.plannedDays} shot
              </dd>
              <dt>Pages</dt>
              <dd>
                {formatEighths(s.shotEighths)} of {formatEighths(s.plannedEighths)}
              </dd>
              <dt>First shoot day</dt>
              <dd>{s.firstShootDay === null ? '—' : formatCalendarDate(s.firstShootDay)}</dd>
              <dt>Wrap</dt>
              <dd>{s.wrapDate === null ? '—' : formatCalendarDate(s.wrapDate)}</dd>
              <dt>Ahead or behind</dt>
              <dd>
                {s.standing !== null
                  ? `${standingWords(s.standing.eighthsAhead, s.standing.daysAhead)}, after day ${s.standing.dayNumber}'s production report`
                  : s.daysAheadOrBehind === null
                    ? 'Not known until daily production reports are kept'
                    : `${s.daysAheadOrBehind > 0 ? '+' : ''}${s.daysAheadOrBehind} days`}
              </dd>
              {s.daysWithoutReport.length === 0 ? null : (
                <>
                  <dt>No report</dt>
                  <dd>{s.daysWithoutReport.map((d) => formatCalendarDate(d)).join(', ')}</dd>
                </>
              )}
            </dl>
          )}
        </section>
      </div>
    </>
  );
};

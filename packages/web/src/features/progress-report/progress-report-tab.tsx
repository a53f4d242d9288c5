import { useId } from 'react';
import type { ProgressReportDto } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { navigate, useLocation } from '../../router/router';
import { todayIn } from '../../ui/calendar-day';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import { ProgressFacts } from './progress-facts';
import { SectionVarianceChart } from './section-variance-chart';
import { SpendChart } from './spend-chart';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Reports tab: the weekly progress report for the executive producer and the financiers, as of a day
 * (`?asOf=`, today in the production's zone by default): the headline, spend against budget and variance by
 * section as charts (each with its table), the largest variances, the cash and the shoot, and the PDF.
 */
export const ProgressReportTab = () => {
  const { production } = useProduction();
  const { search } = useLocation();
  const asked = search.get('asOf');
  const day = asked !== null && CALENDAR_DATE.test(asked) ? asked : todayIn(production.timeZone);
  const query = useQuery(`progress-report:${production.id}:${day}`, (client) =>
    client.call('progressReport', {
      params: { productionId: production.id },
      query: { asOf: day },
    }),
  );
  const go = (asOf: string | null) =>
    navigate(`/productions/${production.id}/reports${asOf === null ? '' : `?asOf=${asOf}`}`, {
      replace: true,
    });

  return (
    <div className="stack progress-report">
      <div className="toolbar">
        <div className="progress-report__as-of">
          <label htmlFor="progress-as-of" className="field__label">
            Week to
          </label>
          <input
            id="progress-as-of"
            type="date"
            value={day}
            onChange={(e) => {
              if (CALENDAR_DATE.test(e.target.value)) go(e.target.value);
            }}
            data-testid="progress-as-of"
          />
          {asked !== null ? (
            <button type="button" className="link-button" onClick={() => go(null)}>
              Today
            </button>
          ) : null}
        </div>
        <div className="toolbar__actions">
          <a
            className="button button--small"
            href={`/api/v1/productions/${encodeURIComponent(production.id)}/progress-report.pdf?asOf=${day}`}
            title="The weekly progress report with its charts, to print or send"
            download
            data-testid="download-progress-report-pdf"
          >
            Download PDF
          </a>
        </div>
      </div>
      <QueryView query={query} loadingLabel="Working out the progress report…">
        {(report) => <ProgressReportBody report={report} />}
      </QueryView>
    </div>
  );
};

const ProgressReportBody = ({ report }: { readonly report: ProgressReportDto }) => {
  const spendTableId = useId();
  const sectionTableId = useId();
  const money = (amount: number) => formatAmount(amount, report.currency);
  const t = report.totals;
  const [lead, ...rest] = report.headline;
  return (
    <>
      <section className="panel progress-report__headline" aria-label="In brief">
        <p className="progress-report__lead" data-testid="progress-headline">
          {lead}
        </p>
        <ul className="progress-report__points">
          {rest.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <dl className="progress-report__stats">
        <div>
          <dt>Budget</dt>
          <dd>{money(t.budget)}</dd>
        </div>
        <div>
          <dt>Estimated final cost</dt>
          <dd>{money(t.estimatedFinalCost)}</dd>
        </div>
        <div
          className={
            t.variance < 0
              ? 'progress-report__stat--over'
              : t.variance > 0
                ? 'progress-report__stat--under'
                : undefined
          }
        >
          <dt>Variance</dt>
          <dd data-testid="progress-variance">{money(t.variance)}</dd>
        </div>
        <div>
          <dt>Spent</dt>
          <dd>
            {money(t.actualsToDate)}
            {t.spentBp === null ? null : (
              <span className="muted"> · {(t.spentBp / 100).toFixed(1)}%</span>
            )}
          </dd>
        </div>
      </dl>

      <section className="panel progress-report__panel" aria-labelledby={`${spendTableId}-h`}>
        <h2 id={`${spendTableId}-h`} className="progress-report__heading">
          Spend against budget
        </h2>
        {report.spend.length === 0 ? (
          <p className="muted">Nothing has been spent or committed yet.</p>
        ) : (
          <SpendChart report={report} tableId={spendTableId} />
        )}
        <details className="progress-report__details">
          <summary>Week by week</summary>
          <div className="table-scroll">
            <table className="table table--compact" id={spendTableId} data-testid="spend-table">
              <caption className="visually-hidden">Cumulative spend by week</caption>
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  <th scope="col">Through</th>
                  <th scope="col" className="num">
                    Actuals
                  </th>
                  <th scope="col" className="num">
                    Actuals + commitments
                  </th>
                  <th scope="col" className="num">
                    Budget not yet committed
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.spend.map((w) => (
                  <tr key={w.weekStarting}>
                    <th scope="row">{formatCalendarDate(w.weekStarting)}</th>
                    <td>{formatCalendarDate(w.through)}</td>
                    <td className="num">{money(w.actuals)}</td>
                    <td className="num">{money(w.actualsAndCommitments)}</td>
                    <td className="num">{money(t.budget - w.actualsAndCommitments)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.undatedActuals === 0 ? null : (
            <p className="muted">
              {money(report.undatedActuals)} of actuals carry no date (labour and other postings)
              and are not in the weeks.
            </p>
          )}
        </details>
      </section>

      <section className="panel progress-report__panel" aria-labelledby={`${sectionTableId}-h`}>
        <h2 id={`${sectionTableId}-h`} className="progress-report__heading">
          Variance by section
        </h2>
        <SectionVarianceChart report={report} tableId={sectionTableId} />
        <details className="progress-report__details">
          <summary>The figures</summary>
          <div className="table-scroll">
            <table className="table table--compact" id={sectionTableId}>
              <caption className="visually-hidden">Variance by section</caption>
              <thead>
                <tr>
                  <th scope="col">Section</th>
                  <th scope="col" className="num">
                    Budget
                  </th>
                  <th scope="col" className="num">
                    Estimated final cost
                  </th>
                  <th scope="col" className="num">
                    Variance
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.sections.map((s) => (
                  <tr key={s.key}>
                    <th scope="row">{s.label}</th>
                    <td className="num">{money(s.budget)}</td>
                    <td className="num">{money(s.estimatedFinalCost)}</td>
                    <td className="num">{money(s.variance)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Grand total</th>
                  <td className="num">{money(t.budget)}</td>
                  <td className="num">{money(t.estimatedFinalCost)}</td>
                  <td className="num">{money(t.variance)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </details>
      </section>

      <ProgressFacts report={report} />
    </>
  );
};

import type { ProductionReportDto } from '@greenlight/contract';
import { pages, screenTime, standingText } from './report-format';

type ReportTotalsProps = {
  readonly report: ProductionReportDto;
  /** Why the entry cannot be totalled yet, in the server's words. */
  readonly problem: string | null;
  readonly unsaved: boolean;
};

/** The day against the call sheet, the script totals and where the unit stands, as the report prints them. */
export const ReportTotals = ({ report, problem, unsaved }: ReportTotalsProps) => {
  const { totals, today, schedule } = report;
  const rows = [
    ['In the script', totals.script, ''],
    ['Shot previously', totals.previously, String(totals.setupsPreviously)],
    ['Shot today', totals.today, String(today.setups)],
    ['Shot to date', totals.toDate, String(totals.setupsToDate)],
    ['Remaining', totals.remaining, ''],
  ] as const;
  return (
    <section
      className="panel pr-totals"
      aria-labelledby="pr-totals-heading"
      data-testid="report-totals"
    >
      <div className="cs-publish__head">
        <h3 id="pr-totals-heading">Progress{unsaved ? ' (unsaved)' : ''}</h3>
        <span
          className={`pill pill--${schedule.verdict === 'behind' ? 'red' : 'green'}`}
          data-testid="report-standing"
          data-verdict={schedule.verdict}
        >
          {standingText(report)}
        </span>
      </div>
      {problem === null ? null : (
        <p className="notice notice--error" role="alert" data-testid="report-problem">
          {problem}
        </p>
      )}
      <p className="muted" data-testid="report-today">
        Today: {today.completed} of {today.scenesPlanned} scenes completed, {today.partShot} part
        shot, {today.added} added · {pages(today.eighthsShot)} of {pages(today.eighthsPlanned)}{' '}
        pages · {screenTime(today.secondsShot)} minutes · {today.setups} setups
      </p>
      <table className="table pr-totals__table">
        <thead>
          <tr>
            <th scope="col">Script</th>
            <th scope="col" className="num">
              Scenes
            </th>
            <th scope="col" className="num">
              Pages
            </th>
            <th scope="col" className="num">
              Minutes
            </th>
            <th scope="col" className="num">
              Setups
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, line, setups]) => (
            <tr key={label} data-testid="report-totals-row" data-line={label}>
              <th scope="row">{label}</th>
              <td className="num">{line.scenes}</td>
              <td className="num">{pages(line.eighths)}</td>
              <td className="num">{screenTime(line.seconds)}</td>
              <td className="num">{setups}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Planned to date {pages(schedule.eighthsPlannedToDate)} pages ({schedule.scenesPlannedToDate}{' '}
        scenes); shot {pages(schedule.eighthsShotToDate)} pages ({schedule.scenesShotToDate}{' '}
        scenes). Script minutes are estimated at a page a minute.
      </p>
    </section>
  );
};

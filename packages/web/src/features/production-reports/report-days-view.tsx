import type { ProductionReportListDto } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { formatInstant, formatLongDate } from '../../ui/format-time';
import { QueryView } from '../../ui/query-view';
import { productionReportHref } from './production-report-views';
import { ReportStatusPill } from './report-status-pill';

type ReportDaysViewProps = { readonly productionId: string; readonly timeZone: string };

/** The shooting board's days, each with where its production report stands. */
export const ReportDaysView = ({ productionId, timeZone }: ReportDaysViewProps) => {
  const query = useQuery(`production-reports:${productionId}`, (client) =>
    client.call('productionReports', { params: { productionId } }),
  );
  return (
    <QueryView query={query} loadingLabel="Loading the shoot days…">
      {(list) => <DaysTable list={list} productionId={productionId} timeZone={timeZone} />}
    </QueryView>
  );
};

type DaysTableProps = {
  readonly list: ProductionReportListDto;
  readonly productionId: string;
  readonly timeZone: string;
};

const DaysTable = ({ list, productionId, timeZone }: DaysTableProps) => {
  if (list.boardId === null || list.days.length === 0)
    return (
      <EmptyState title="No shoot days yet">
        Production reports follow the main unit’s shooting board: make one on the Schedule tab and
        its days appear here.
      </EmptyState>
    );
  return (
    <section className="panel panel--flush" aria-labelledby="pr-days-heading">
      <div className="panel__bar">
        <h2 id="pr-days-heading">Daily production reports</h2>
        <span className="muted">
          {list.days.filter((d) => d.status === 'signed').length} of {list.days.length} signed
        </span>
      </div>
      <table className="table" data-testid="production-report-days">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Date</th>
            <th scope="col">Report</th>
            <th scope="col">Signed</th>
          </tr>
        </thead>
        <tbody>
          {list.days.map((day) => (
            <tr
              key={day.date}
              data-testid="production-report-day-row"
              data-date={day.date}
              data-status={day.status}
            >
              <th scope="row">
                <Link
                  to={productionReportHref(productionId, { view: 'day', date: day.date })}
                  className="row-title"
                >
                  Day {day.dayNumber}
                </Link>
              </th>
              <td>{formatLongDate(day.date)}</td>
              <td>
                <ReportStatusPill status={day.status} revision={day.revision} />
              </td>
              <td className="muted">
                {day.signedAt === null ? '—' : formatInstant(day.signedAt, timeZone)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};

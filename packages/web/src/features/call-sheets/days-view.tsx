import type { CallSheetListDto } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { formatInstant, formatLongDate } from '../../ui/format-time';
import { QueryView } from '../../ui/query-view';
import { CallSheetStatusPill } from './call-sheet-status-pill';
import { callSheetHref } from './call-sheet-views';

type DaysViewProps = { readonly productionId: string; readonly timeZone: string };

/** The shooting board's days, each with where its call sheet stands and who has confirmed it. */
export const DaysView = ({ productionId, timeZone }: DaysViewProps) => {
  const query = useQuery(`call-sheets:${productionId}`, (client) =>
    client.call('callSheets', { params: { productionId } }),
  );
  return (
    <QueryView query={query} loadingLabel="Loading the shoot days…">
      {(list) => <DaysTable list={list} productionId={productionId} timeZone={timeZone} />}
    </QueryView>
  );
};

type DaysTableProps = {
  readonly list: CallSheetListDto;
  readonly productionId: string;
  readonly timeZone: string;
};

const DaysTable = ({ list, productionId, timeZone }: DaysTableProps) => {
  if (list.boardId === null || list.days.length === 0)
    return (
      <EmptyState title="No shoot days yet">
        Call sheets follow the main unit’s shooting board: make one on the Schedule tab and its days
        appear here.
      </EmptyState>
    );
  return (
    <section className="panel panel--flush cs-days" aria-labelledby="cs-days-heading">
      <div className="panel__bar">
        <h2 id="cs-days-heading">Call sheets</h2>
        <span className="muted">
          {list.days.length} shoot {list.days.length === 1 ? 'day' : 'days'}
        </span>
      </div>
      <table className="table cs-days__table" data-testid="call-sheet-days">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Date</th>
            <th scope="col">Call sheet</th>
            <th scope="col">Confirmed</th>
            <th scope="col">Last issued</th>
          </tr>
        </thead>
        <tbody>
          {list.days.map((day) => (
            <tr
              key={day.date}
              data-testid="call-sheet-day-row"
              data-date={day.date}
              data-status={day.status}
            >
              <th scope="row">
                <Link
                  to={callSheetHref(productionId, { view: 'day', date: day.date })}
                  className="row-title"
                >
                  Day {day.dayNumber}
                </Link>
              </th>
              <td>{formatLongDate(day.date)}</td>
              <td>
                <CallSheetStatusPill day={day} />
              </td>
              <td data-testid="day-confirmations">
                {day.status === 'published' ? (
                  <ConfirmationMeter confirmed={day.confirmed} recipients={day.recipients} />
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="muted">
                {day.publishedAt === null ? '—' : formatInstant(day.publishedAt, timeZone)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};

/** "3 / 13" with a bar, so a glance down the column shows which days still need chasing. */
export const ConfirmationMeter = ({
  confirmed,
  recipients,
}: {
  readonly confirmed: number;
  readonly recipients: number;
}) => (
  <span className="cs-meter" title={`${confirmed} of ${recipients} confirmed they have it`}>
    <span className="cs-meter__text">
      {confirmed} / {recipients}
    </span>
    <span className="cs-meter__bar" aria-hidden="true">
      <span
        className="cs-meter__fill"
        style={{ width: `${recipients === 0 ? 0 : Math.round((confirmed / recipients) * 100)}%` }}
      />
    </span>
  </span>
);

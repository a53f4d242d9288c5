import type { DayOutOfDaysDto } from '@greenlight/contract';
import { DOOD_LEGEND, doodCodeText, isWeekday, weekdayAbbreviation } from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { formatBoardDate } from './board-date';
import { scheduleHref } from './schedule-views';

type DoodViewProps = { readonly productionId: string; readonly boardId: string };

type DoodDayDto = DayOutOfDaysDto['days'][number];

const shortDate = (date: string): string =>
  `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;
const weekdayText = (weekday: number): string =>
  isWeekday(weekday) ? weekdayAbbreviation(weekday) : '';

const KIND_TITLES: Readonly<Record<DoodDayDto['kind'], string>> = {
  shoot: 'Shoot day',
  holiday: 'Company holiday',
  'day-off': 'Company day off',
  weekend: 'Weekend',
  'no-shoot': 'No shooting',
};

/** The day out of days of a board: cast down the side, dates across, SW/W/WF/H… in the cells. */
export const DoodView = ({ productionId, boardId }: DoodViewProps) => {
  const query = useQuery(`dood:${productionId}:${boardId}`, (client) =>
    client.call('dayOutOfDays', { params: { productionId, boardId } }),
  );
  const base = `/api/v1/productions/${productionId}/boards/${boardId}/day-out-of-days`;
  return (
    <div className="stack">
      <div className="toolbar">
        <div className="toolbar__text">
          <Link
            to={scheduleHref(productionId, { view: 'board', boardId })}
            className="board-header__back"
          >
            ← Back to the board
          </Link>
          <h2 className="dood__title">Day out of days</h2>
        </div>
        <div className="toolbar__actions downloads" role="group" aria-label="Downloads">
          <span className="downloads__label">Download</span>
          <a className="button button--small" href={`${base}.csv`} download data-testid="dood-csv">
            CSV
          </a>
          <a
            className="button button--small"
            href={`${base}.xlsx`}
            download
            data-testid="dood-xlsx"
          >
            Excel
          </a>
          <a className="button button--small" href={`${base}.pdf`} download data-testid="dood-pdf">
            PDF
          </a>
        </div>
      </div>
      <QueryView query={query} loadingLabel="Loading the day out of days…">
        {(dood) =>
          dood.rows.length === 0 ? (
            <EmptyState title="No cast on this board yet">
              <p>Tag and number the cast on the Script tab: each cast member gets a row here.</p>
            </EmptyState>
          ) : (
            <DoodGrid dood={dood} />
          )
        }
      </QueryView>
      <p className="muted dood__legend" data-testid="dood-legend">
        {DOOD_LEGEND}
      </p>
    </div>
  );
};

const DoodGrid = ({ dood }: { readonly dood: DayOutOfDaysDto }) => {
  const first = dood.days[0]?.date;
  const last = dood.days.at(-1)?.date;
  return (
    <div className="table-wrap dood__wrap">
      <table className="dood" data-testid="dood-grid">
        <caption className="table-caption">
          {dood.shootDayCount} shoot {dood.shootDayCount === 1 ? 'day' : 'days'}
          {first && last
            ? ` · ${formatBoardDate(first)} – ${formatBoardDate(last)} ${last.slice(0, 4)}`
            : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="dood__sticky dood__number" rowSpan={2}>
              #
            </th>
            <th scope="col" className="dood__sticky dood__name" rowSpan={2}>
              Cast
            </th>
            {dood.days.map((day) => (
              <th
                key={day.date}
                scope="col"
                className={`dood__date dood__date--${day.kind}`}
                title={`${day.label} — ${KIND_TITLES[day.kind]}`}
                data-testid="dood-date"
                data-kind={day.kind}
              >
                <span className="dood__weekday">{weekdayText(day.weekday)}</span>
                <span className="dood__day">{shortDate(day.date)}</span>
              </th>
            ))}
            <th scope="col" className="dood__total" rowSpan={2} title="Travel days">
              Trav
            </th>
            <th scope="col" className="dood__total" rowSpan={2} title="Work days">
              Work
            </th>
            <th scope="col" className="dood__total" rowSpan={2} title="Hold days">
              Hold
            </th>
            <th
              scope="col"
              className="dood__total"
              rowSpan={2}
              title="Company holidays in the span"
            >
              Hol
            </th>
            <th scope="col" className="dood__total" rowSpan={2} title="First work day">
              Start
            </th>
            <th scope="col" className="dood__total" rowSpan={2} title="Last work day">
              Finish
            </th>
            <th scope="col" className="dood__total" rowSpan={2} title="Days from start to finish">
              Total
            </th>
          </tr>
          <tr>
            {dood.days.map((day) => (
              <th key={day.date} scope="col" className={`dood__shoot-day dood__date--${day.kind}`}>
                {day.dayNumber === null ? '' : day.dayNumber}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dood.rows.map((row) => (
            <tr key={row.elementId} data-testid="dood-row" data-cast-number={row.castNumber ?? ''}>
              <td className="dood__sticky dood__number">{row.castNumber ?? ''}</td>
              <th scope="row" className="dood__sticky dood__name" title={row.name}>
                {row.name}
              </th>
              {row.cells.map((code, i) => {
                const day = dood.days[i];
                return (
                  <td
                    key={day?.date ?? i}
                    className={`dood__cell dood__date--${day?.kind ?? 'shoot'}${code ? ` dood__code--${code}` : ''}`}
                    data-testid="dood-cell"
                    data-code={code}
                  >
                    {doodCodeText(code)}
                  </td>
                );
              })}
              <td className="dood__total">{row.totals.travel || ''}</td>
              <td className="dood__total dood__total--strong">{row.totals.work}</td>
              <td className="dood__total">{row.totals.hold || ''}</td>
              <td className="dood__total">{row.totals.holiday || ''}</td>
              <td className="dood__total dood__when">{row.start ? shortDate(row.start) : '—'}</td>
              <td className="dood__total dood__when">{row.finish ? shortDate(row.finish) : '—'}</td>
              <td className="dood__total dood__total--strong">{row.totals.span}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

import { useState } from 'react';
import { useQuery } from '../../api/use-query';
import { navigate, useLocation } from '../../router/router';
import { useUser } from '../../session/session-context';
import { todayIn } from '../../ui/calendar-day';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import { DealsEditor } from './deals-editor';
import { TimecardPanel } from './timecard-panel';
import { shiftWeek, weekLabel, weekStartOf } from './timecard-week';
import { WeekCardsTable } from './week-cards-table';

const WEEK = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Timecards tab: a week at a time (`?week=` the Sunday, `&person=` whose card is open). Your own card
 * first; then the cards waiting for your signature, everyone's cards you may see, the payroll download and
 * the deals, each shown only to those the server says may use them.
 */
export const TimecardsTab = () => {
  const { production } = useProduction();
  const user = useUser();
  const { pathname, search } = useLocation();
  const asked = search.get('week');
  const weekStart = weekStartOf(
    asked !== null && WEEK.test(asked) ? asked : todayIn(production.timeZone),
  );
  const personId = search.get('person') ?? user.personId;
  const [showDeals, setShowDeals] = useState(false);
  const week = useQuery(`timecards:${production.id}:${weekStart}`, (client) =>
    client.call('timecards', {
      params: { productionId: production.id },
      query: { weekStart },
    }),
  );
  const go = (next: { week?: string; person?: string }) => {
    const params = new URLSearchParams({ week: next.week ?? weekStart });
    const person = next.person ?? search.get('person');
    if (person !== null && person !== user.personId) params.set('person', person);
    navigate(`${pathname}?${params.toString()}`);
  };
  const own = personId === user.personId;
  return (
    <div className="tc-tab" data-testid="timecards-tab">
      <div className="tc-weekbar panel">
        <button
          type="button"
          className="button button--small"
          onClick={() => go({ week: shiftWeek(weekStart, -1) })}
          data-testid="previous-week"
        >
          ← Previous week
        </button>
        <label className="tc-weekbar__pick">
          <span data-testid="week-label">{weekLabel(weekStart)}</span>
          <input
            type="date"
            aria-label="Go to the week of"
            value={weekStart}
            onChange={(event) => {
              if (WEEK.test(event.target.value)) go({ week: weekStartOf(event.target.value) });
            }}
          />
        </label>
        <button
          type="button"
          className="button button--small"
          onClick={() => go({ week: shiftWeek(weekStart, 1) })}
          data-testid="next-week"
        >
          Next week →
        </button>
        {!own ? (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => go({ person: user.personId })}
          >
            Back to my timecard
          </button>
        ) : null}
        {week.data?.mayExportPayroll ? (
          <a
            className="button button--small"
            href={`/api/v1/productions/${encodeURIComponent(production.id)}/payroll.csv?weekStart=${weekStart}`}
            download={`payroll-${weekStart}.csv`}
            data-testid="payroll-csv"
          >
            Payroll CSV
          </a>
        ) : null}
      </div>
      <TimecardPanel
        key={`${personId}:${weekStart}`}
        productionId={production.id}
        personId={personId}
        weekStart={weekStart}
        timeZone={production.timeZone}
        heading={own ? 'My timecard' : 'Timecard'}
        onChanged={week.reload}
      />
      <QueryView query={week} loadingLabel="Loading the week’s cards…">
        {(list) => {
          // Your own card is the one shown above, waiting or not.
          const waiting = list.cards.filter((c) => c.waitingOnMe && c.personId !== user.personId);
          const others = list.cards.filter((c) => c.personId !== user.personId);
          return (
            <>
              {waiting.length > 0 ? (
                <WeekCardsTable
                  title="Waiting for your signature"
                  testId="waiting-for-me"
                  cards={waiting}
                  selected={personId}
                  onOpen={(person) => go({ person })}
                />
              ) : null}
              {others.length > 0 ? (
                <WeekCardsTable
                  title="Cards this week"
                  testId="week-cards"
                  cards={others}
                  selected={personId}
                  onOpen={(person) => go({ person })}
                />
              ) : null}
              {list.mayEditDeals ? (
                showDeals ? (
                  <DealsEditor productionId={production.id} currency={production.currency} />
                ) : (
                  <button
                    type="button"
                    className="button"
                    onClick={() => setShowDeals(true)}
                    data-testid="show-deals"
                  >
                    Deals…
                  </button>
                )
              ) : null}
            </>
          );
        }}
      </QueryView>
    </div>
  );
};

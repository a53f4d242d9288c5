import { useCallback, useState } from 'react';
import { useLocation, Link } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { useProduction } from '../production/production-context';
import { BoardPage } from './board-page';
import { BoardsView } from './boards-view';
import { CalendarFeedsPanel } from './calendar-feeds-panel';
import { CalendarSettingsView } from './calendar-settings-view';
import { DoodView } from './dood-view';
import type { ScheduleOutcome } from './schedule-outcome';
import { ScheduleOutcomeToast } from './schedule-outcome-toast';
import { scheduleHref, scheduleRouteFromPath, type ScheduleRoute } from './schedule-views';

/** The Schedule tab: the boards, one board's strips and day out of days, and the calendar and rules. */
export const ScheduleTab = () => {
  const { production } = useProduction();
  const { pathname } = useLocation();
  const base = `/productions/${production.id}/schedule`;
  const route = scheduleRouteFromPath(pathname.startsWith(base) ? pathname.slice(base.length) : '');
  const [outcome, setOutcome] = useState<ScheduleOutcome | null>(null);
  const report = useCallback((next: ScheduleOutcome) => setOutcome(next), []);
  const section = route?.view === 'calendar' ? 'calendar' : 'boards';

  return (
    <div className="stack schedule-tab">
      <nav className="segmented schedule-nav" aria-label="Schedule views">
        <Link
          to={scheduleHref(production.id, { view: 'boards' })}
          className="segmented__item"
          aria-current={section === 'boards' ? 'page' : undefined}
          data-testid="schedule-view-boards"
        >
          Boards
        </Link>
        <Link
          to={scheduleHref(production.id, { view: 'calendar' })}
          className="segmented__item"
          aria-current={section === 'calendar' ? 'page' : undefined}
          data-testid="schedule-view-calendar"
        >
          Calendar &amp; rules
        </Link>
      </nav>
      <ScheduleContent route={route} productionId={production.id} report={report} />
      <ScheduleOutcomeToast outcome={outcome} onDismiss={() => setOutcome(null)} />
    </div>
  );
};

type ContentProps = {
  readonly route: ScheduleRoute | null;
  readonly productionId: string;
  readonly report: (outcome: ScheduleOutcome) => void;
};

const ScheduleContent = ({ route, productionId, report }: ContentProps) => {
  const { production } = useProduction();
  if (route === null) return <EmptyState title="There is no such view of the schedule" />;
  switch (route.view) {
    case 'boards':
      return (
        <BoardsView productionId={productionId} timeZone={production.timeZone} report={report} />
      );
    case 'calendar':
      return (
        <>
          <CalendarSettingsView
            productionId={productionId}
            currency={production.currency}
            report={report}
          />
          <CalendarFeedsPanel productionId={productionId} />
        </>
      );
    case 'board':
      return (
        <BoardPage
          key={route.boardId}
          productionId={productionId}
          boardId={route.boardId}
          report={report}
        />
      );
    case 'day-out-of-days':
      return <DoodView productionId={productionId} boardId={route.boardId} />;
  }
};

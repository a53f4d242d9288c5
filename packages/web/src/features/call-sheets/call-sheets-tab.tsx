import { useLocation } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { useProduction } from '../production/production-context';
import { CallSheetPage } from './call-sheet-page';
import { callSheetRouteFromPath } from './call-sheet-views';
import { DaysView } from './days-view';

/** The Call sheets tab: each shoot day's call sheet, its editor, preview and distribution. */
export const CallSheetsTab = () => {
  const { production } = useProduction();
  const { pathname } = useLocation();
  const base = `/productions/${production.id}/call-sheets`;
  const route = callSheetRouteFromPath(
    pathname.startsWith(base) ? pathname.slice(base.length) : '',
  );
  if (route === null) return <EmptyState title="There is no such view of the call sheets" />;
  return route.view === 'days' ? (
    <DaysView productionId={production.id} timeZone={production.timeZone} />
  ) : (
    <CallSheetPage
      key={route.date}
      productionId={production.id}
      date={route.date}
      timeZone={production.timeZone}
    />
  );
};

import { useLocation } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { useProduction } from '../production/production-context';
import { ProductionReportPage } from './production-report-page';
import { productionReportRouteFromPath } from './production-report-views';
import { ReportDaysView } from './report-days-view';

/** The Production reports tab: each shoot day's daily production report, its form and its signature. */
export const ProductionReportsTab = () => {
  const { production, myRoles } = useProduction();
  const { pathname } = useLocation();
  const base = `/productions/${production.id}/production-reports`;
  const route = productionReportRouteFromPath(
    pathname.startsWith(base) ? pathname.slice(base.length) : '',
  );
  if (route === null) return <EmptyState title="There is no such view of the production reports" />;
  return route.view === 'days' ? (
    <ReportDaysView productionId={production.id} timeZone={production.timeZone} />
  ) : (
    <ProductionReportPage
      key={route.date}
      productionId={production.id}
      date={route.date}
      timeZone={production.timeZone}
      isUpm={myRoles.includes('unit-production-manager')}
    />
  );
};

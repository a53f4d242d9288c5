import { useCallback, useState } from 'react';
import { Link, useLocation } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { useProduction } from '../production/production-context';
import type { BudgetOutcome } from './budget-outcome';
import { BudgetOutcomeToast } from './budget-outcome-toast';
import { budgetHref, budgetRouteFromPath, type BudgetRoute } from './budget-views';
import { BudgetsView } from './budgets-view';
import { CompareView } from './compare-view';
import { VersionPage } from './version-page';

/** The Budget tab: the budgets and their versions, a version's grid, top sheet and setup, comparisons. */
export const BudgetTab = () => {
  const { production } = useProduction();
  const { pathname, search } = useLocation();
  const base = `/productions/${production.id}/budget`;
  const route = budgetRouteFromPath(pathname.startsWith(base) ? pathname.slice(base.length) : '');
  const [outcome, setOutcome] = useState<BudgetOutcome | null>(null);
  const report = useCallback((next: BudgetOutcome) => setOutcome(next), []);
  const section = route?.view === 'compare' ? 'compare' : 'budgets';

  return (
    <div className="stack budget-tab">
      <nav className="segmented" aria-label="Budget views">
        <Link
          to={budgetHref(production.id, { view: 'budgets' })}
          className="segmented__item"
          aria-current={section === 'budgets' ? 'page' : undefined}
          data-testid="budget-view-budgets"
        >
          Budgets
        </Link>
        <Link
          to={budgetHref(production.id, { view: 'compare' })}
          className="segmented__item"
          aria-current={section === 'compare' ? 'page' : undefined}
          data-testid="budget-view-compare"
        >
          Compare versions
        </Link>
      </nav>
      <BudgetContent
        route={route}
        productionId={production.id}
        from={search.get('from')}
        to={search.get('to')}
        report={report}
      />
      <BudgetOutcomeToast outcome={outcome} onDismiss={() => setOutcome(null)} />
    </div>
  );
};

type ContentProps = {
  readonly route: BudgetRoute | null;
  readonly productionId: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly report: (outcome: BudgetOutcome) => void;
};

const BudgetContent = ({ route, productionId, from, to, report }: ContentProps) => {
  if (route === null) return <EmptyState title="There is no such view of the budget" />;
  switch (route.view) {
    case 'budgets':
      return <BudgetsView productionId={productionId} report={report} />;
    case 'compare':
      return <CompareView productionId={productionId} from={from} to={to} />;
    default:
      return (
        <VersionPage
          key={route.versionId}
          productionId={productionId}
          versionId={route.versionId}
          view={route.view}
          report={report}
        />
      );
  }
};

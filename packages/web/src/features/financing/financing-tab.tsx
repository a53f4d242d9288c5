import { useQuery } from '../../api/use-query';
import { Link, useLocation } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import { CashFlowView } from './cash-flow-view';
import {
  FINANCING_VIEWS,
  financingHref,
  financingViewFromPath,
  type FinancingView,
} from './financing-views';
import { GreenlightView } from './greenlight-view';
import { PlanView } from './plan-view';
import { WaterfallView } from './waterfall-view';

/** The Financing tab: the plan, the gap, the cash flow, the waterfall and the greenlight. */
export const FinancingTab = () => {
  const { production } = useProduction();
  const { pathname } = useLocation();
  const base = `/productions/${production.id}/financing`;
  const view = financingViewFromPath(pathname.startsWith(base) ? pathname.slice(base.length) : '');
  const plan = useQuery(`financing-plan:${production.id}`, (client) =>
    client.call('financingPlan', { params: { productionId: production.id } }),
  );

  return (
    <div className="stack financing-tab">
      <nav className="segmented financing-nav" aria-label="Financing views">
        {FINANCING_VIEWS.map((v) => (
          <Link
            key={v.view}
            to={financingHref(production.id, v.view)}
            className="segmented__item"
            aria-current={view === v.view ? 'page' : undefined}
            data-testid={`financing-view-${v.view}`}
          >
            {v.label}
          </Link>
        ))}
      </nav>
      {view === null ? (
        <EmptyState title="There is no such view of the financing" />
      ) : view === 'greenlight' ? (
        <GreenlightView productionId={production.id} onChanged={plan.reload} />
      ) : (
        <QueryView query={plan} loadingLabel="Loading the financing plan…">
          {(data) => (
            <PlanViews
              view={view}
              productionId={production.id}
              plan={data}
              currency={production.currency}
              onChanged={plan.reload}
            />
          )}
        </QueryView>
      )}
    </div>
  );
};

type PlanViewsProps = {
  readonly view: Exclude<FinancingView, 'greenlight'>;
  readonly productionId: string;
  readonly plan: Parameters<typeof PlanView>[0]['plan'];
  readonly currency: string;
  readonly onChanged: () => void;
};

const PlanViews = ({ view, productionId, plan, currency, onChanged }: PlanViewsProps) => {
  switch (view) {
    case 'plan':
      return (
        <PlanView
          productionId={productionId}
          plan={plan}
          currency={currency}
          onChanged={onChanged}
        />
      );
    case 'cash-flow':
      return (
        <CashFlowView
          productionId={productionId}
          plan={plan}
          currency={currency}
          onChanged={onChanged}
        />
      );
    case 'waterfall':
      return (
        <WaterfallView
          productionId={productionId}
          currency={plan.budget?.currency ?? currency}
          budgetTotal={plan.budget?.grandTotal ?? null}
        />
      );
  }
};

import { useState } from 'react';
import { Link, useLocation } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { useProduction } from '../production/production-context';
import type { CostOutcome, ReportCostOutcome } from './cost-outcome';
import { CostOutcomeToast } from './cost-outcome-toast';
import { CostReportView } from './cost-report-view';
import {
  COST_SECTIONS,
  costHref,
  costRouteFromPath,
  costSectionOf,
  type CostRoute,
} from './cost-views';
import { DocumentForm } from './document-form';
import { DocumentPage } from './document-page';
import { DocumentsView } from './documents-view';
import { InboxView } from './inbox-view';
import { useCostPermissions, type CostPermissions } from './use-cost-permissions';
import { VendorsView } from './vendors-view';

/** The Cost tab: the cost report, the spending documents, the approvals inbox and the vendors. */
export const CostTab = () => {
  const { production } = useProduction();
  const { pathname, search } = useLocation();
  const base = `/productions/${production.id}/cost`;
  const route = costRouteFromPath(pathname.startsWith(base) ? pathname.slice(base.length) : '');
  const permissions = useCostPermissions(production.id);
  const [outcome, setOutcome] = useState<CostOutcome | null>(null);
  const section = route === null ? null : costSectionOf(route);

  return (
    <div className="stack cost-tab">
      <nav className="segmented" aria-label="Cost views">
        {COST_SECTIONS.map((s) => (
          <Link
            key={s.section}
            to={costHref(production.id, { view: s.section })}
            className="segmented__item"
            aria-current={section === s.section ? 'page' : undefined}
            data-testid={`cost-view-${s.section}`}
          >
            {s.label}
          </Link>
        ))}
      </nav>
      <CostContent
        route={route}
        productionId={production.id}
        search={search}
        permissions={permissions}
        report={setOutcome}
      />
      <CostOutcomeToast outcome={outcome} onDismiss={() => setOutcome(null)} />
    </div>
  );
};

type ContentProps = {
  readonly route: CostRoute | null;
  readonly productionId: string;
  readonly search: URLSearchParams;
  readonly permissions: CostPermissions;
  readonly report: ReportCostOutcome;
};

const CostContent = ({ route, productionId, search, permissions, report }: ContentProps) => {
  if (route === null) return <EmptyState title="There is no such view of the costs" />;
  switch (route.view) {
    case 'report':
      return (
        <CostReportView
          productionId={productionId}
          asOf={search.get('asOf')}
          account={search.get('account')}
          permissions={permissions}
          report={report}
        />
      );
    case 'documents':
      return (
        <DocumentsView productionId={productionId} search={search} permissions={permissions} />
      );
    case 'new-document':
      return (
        <DocumentForm
          productionId={productionId}
          purchaseOrderId={search.get('purchaseOrder')}
          report={report}
        />
      );
    case 'document':
      return (
        <DocumentPage
          key={route.documentId}
          productionId={productionId}
          documentId={route.documentId}
          report={report}
        />
      );
    case 'inbox':
      return <InboxView productionId={productionId} report={report} />;
    case 'vendors':
      return <VendorsView productionId={productionId} permissions={permissions} report={report} />;
  }
};

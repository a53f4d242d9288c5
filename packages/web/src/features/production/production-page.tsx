import { useMemo } from 'react';
import { PRODUCTION_KIND_LABELS, roleLabel } from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { StagePill } from '../../ui/stage-pill';
import { ApprovalsTab } from '../approvals/approvals-tab';
import { AuditLogTab } from '../audit/audit-log-tab';
import { AuthorityMatrixTab } from '../authority/authority-matrix-tab';
import { BudgetTab } from '../budget/budget-tab';
import { CallSheetsTab } from '../call-sheets/call-sheets-tab';
import { ProductionReportsTab } from '../production-reports/production-reports-tab';
import { TimecardsTab } from '../timecards/timecards-tab';
import { CostTab } from '../cost/cost-tab';
import { ProgressReportTab } from '../progress-report/progress-report-tab';
import { DelegationsTab } from '../delegations/delegations-tab';
import { ExpendituresTab } from '../expenditures/expenditures-tab';
import { FinancingTab } from '../financing/financing-tab';
import { OrgChartTab } from '../org-chart/org-chart-tab';
import { RaciTab } from '../raci/raci-tab';
import { ScheduleTab } from '../schedule/schedule-tab';
import { ScriptTab } from '../script/script-tab';
import { useShellData } from '../shell/shell-data';
import { TeamTab } from '../team/team-tab';
import { OverviewTab } from './overview-tab';
import { ProductionContext, type ProductionScope } from './production-context';
import {
  PRODUCTION_TAB_GROUPS,
  PRODUCTION_TABS,
  tabFromPath,
  type ProductionTabId,
} from './production-tabs';

type ProductionPageProps = { readonly productionId: string; readonly rest: string };

/** One production: its header, the tab bar and the tab named by the rest of the path. */
export const ProductionPage = ({ productionId, rest }: ProductionPageProps) => {
  const query = useQuery(`production:${productionId}`, (client) =>
    client.call('getProduction', { params: { productionId } }),
  );
  const { portfolio } = useShellData();
  const entry = portfolio.data?.productions.find((p) => p.production.id === productionId);
  const myRoles = useMemo(() => entry?.myRoles ?? [], [entry]);
  const tab = tabFromPath(rest);

  return (
    <QueryView query={query} loadingLabel="Loading the production…">
      {(production) => {
        const scope: ProductionScope = {
          production,
          isSeries: production.kind === 'series',
          myRoles,
          reload: query.reload,
        };
        return (
          <ProductionContext.Provider value={scope}>
            <header className={`production-header strip-top--${production.stage}`}>
              <div>
                <p className="page-header__eyebrow">
                  {PRODUCTION_KIND_LABELS[production.kind]} · {production.currency} ·{' '}
                  {production.timeZone}
                </p>
                <h1 data-testid="production-title">{production.title}</h1>
                {myRoles.length > 0 ? (
                  <p className="muted">
                    You are{' '}
                    {myRoles.map((r) => roleLabel(r, scope.isSeries).toLowerCase()).join(', ')}
                  </p>
                ) : null}
              </div>
              <StagePill stage={production.stage} />
            </header>
            <nav className="tabs" aria-label="Production">
              {PRODUCTION_TAB_GROUPS.map((g) => (
                <div key={g.id} className="tabs__group" role="group" aria-label={g.label}>
                  <span className="tabs__group-label" aria-hidden="true">
                    {g.label}
                  </span>
                  <div className="tabs__group-tabs">
                    {PRODUCTION_TABS.filter((t) => t.group === g.id).map((t) => (
                      <Link
                        key={t.id}
                        to={`/productions/${production.id}${t.path}`}
                        className="tabs__tab"
                        aria-current={t.id === tab ? 'page' : undefined}
                        data-testid={`tab-${t.id}`}
                      >
                        {t.label}
                      </Link>
                    ))}
                  </div>
                </div>
              ))}
            </nav>
            <section
              className="tab-panel"
              aria-label={PRODUCTION_TABS.find((t) => t.id === tab)?.label ?? 'Not found'}
            >
              {tab === null ? (
                <EmptyState title="There is no such page on this production" />
              ) : (
                <TabContent tab={tab} />
              )}
            </section>
          </ProductionContext.Provider>
        );
      }}
    </QueryView>
  );
};

const TabContent = ({ tab }: { readonly tab: ProductionTabId }) => {
  switch (tab) {
    case 'overview':
      return <OverviewTab />;
    case 'team':
      return <TeamTab />;
    case 'org-chart':
      return <OrgChartTab />;
    case 'authority':
      return <AuthorityMatrixTab />;
    case 'delegations':
      return <DelegationsTab />;
    case 'script':
      return <ScriptTab />;
    case 'schedule':
      return <ScheduleTab />;
    case 'call-sheets':
      return <CallSheetsTab />;
    case 'production-reports':
      return <ProductionReportsTab />;
    case 'timecards':
      return <TimecardsTab />;
    case 'budget':
      return <BudgetTab />;
    case 'financing':
      return <FinancingTab />;
    case 'cost':
      return <CostTab />;
    case 'reports':
      return <ProgressReportTab />;
    case 'expenditures':
      return <ExpendituresTab />;
    case 'approvals':
      return <ApprovalsTab />;
    case 'audit':
      return <AuditLogTab />;
    case 'raci':
      return <RaciTab />;
  }
};

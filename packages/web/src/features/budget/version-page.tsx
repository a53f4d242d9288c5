import type { BudgetListDto, BudgetVersionDto } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { QueryView } from '../../ui/query-view';
import { BudgetGrid } from './budget-grid';
import type { ReportBudgetOutcome } from './budget-outcome';
import { budgetHref, type VersionView } from './budget-views';
import { ReadOnlyNotice } from './read-only-notice';
import { ScheduleFeedPanel } from './schedule-feed-panel';
import { SetupView } from './setup-view';
import { TopSheetSummary } from './top-sheet-summary';
import { TopSheetTable } from './top-sheet-table';
import { useBudgetEditor } from './use-budget-editor';
import { VersionHeader } from './version-header';

type VersionPageProps = {
  readonly productionId: string;
  readonly versionId: string;
  readonly view: VersionView;
  readonly report: ReportBudgetOutcome;
};

const VIEWS: readonly { readonly view: VersionView; readonly label: string }[] = [
  { view: 'grid', label: 'Detail' },
  { view: 'top-sheet', label: 'Top sheet' },
  { view: 'setup', label: 'Fringes & globals' },
  { view: 'schedule', label: 'From the schedule' },
];

/** One budget version: its header and actions, and the detail grid, top sheet, setup or schedule feed. */
export const VersionPage = ({ productionId, versionId, view, report }: VersionPageProps) => {
  const query = useQuery(`budget-version:${versionId}`, (client) =>
    client.call('budgetVersion', { params: { productionId, versionId }, query: {} }),
  );
  const list = useQuery(`budgets:${productionId}`, (client) =>
    client.call('budgets', { params: { productionId } }),
  );
  return (
    <QueryView query={query} loadingLabel="Loading the budget…">
      {(data) => (
        // A new revision or status (a setup saved, a transition) starts the workspace afresh from the server.
        <VersionWorkspace
          key={`${data.version.id}:${data.version.revision}:${data.version.status}`}
          productionId={productionId}
          data={data}
          list={list.data}
          view={view}
          report={report}
          reload={() => {
            query.reload();
            list.reload();
          }}
        />
      )}
    </QueryView>
  );
};

type WorkspaceProps = {
  readonly productionId: string;
  readonly data: BudgetVersionDto;
  readonly list: BudgetListDto | undefined;
  readonly view: VersionView;
  readonly report: ReportBudgetOutcome;
  readonly reload: () => void;
};

const VersionWorkspace = ({ productionId, data, list, view, report, reload }: WorkspaceProps) => {
  const editor = useBudgetEditor(productionId, data, report);
  const { version } = data;
  const siblings = list?.budgets.find((b) => b.id === data.budget.id)?.versions ?? [];
  const openRevision = siblings.find((v) => v.revisionOf === version.id && v.status !== 'locked');
  return (
    <div
      className="stack budget-version"
      data-testid="budget-version"
      data-version-id={version.id}
      data-status={version.status}
    >
      <VersionHeader
        productionId={productionId}
        data={data}
        grandTotal={editor.topSheet.grandTotal}
        siblings={siblings}
        report={report}
        reload={reload}
      />
      {data.editable ? null : (
        <ReadOnlyNotice
          productionId={productionId}
          version={version}
          openRevision={openRevision ?? null}
          report={report}
        />
      )}
      <nav className="segmented budget-version__nav" aria-label="Views of the version">
        {VIEWS.map((item) => (
          <Link
            key={item.view}
            to={budgetHref(productionId, { view: item.view, versionId: version.id })}
            className="segmented__item"
            aria-current={view === item.view ? 'page' : undefined}
            data-testid={`version-view-${item.view}`}
          >
            {item.label}
          </Link>
        ))}
      </nav>
      {view === 'grid' ? (
        <div className="budget-layout">
          <BudgetGrid
            editor={editor}
            setup={data.setup}
            currency={version.currency}
            editable={data.editable}
            globals={data.globals}
          />
          <TopSheetSummary topSheet={editor.topSheet} />
        </div>
      ) : view === 'top-sheet' ? (
        <TopSheetTable
          topSheet={editor.topSheet}
          title={`${data.budget.name} · version ${version.number}`}
        />
      ) : view === 'setup' ? (
        <SetupView
          productionId={productionId}
          data={data}
          revision={editor.revision}
          lines={editor.lines}
          report={report}
          onSaved={reload}
        />
      ) : (
        <ScheduleFeedPanel
          productionId={productionId}
          versionId={version.id}
          currency={version.currency}
          editable={data.editable}
          revision={editor.revision}
          report={report}
          onApplied={reload}
        />
      )}
    </div>
  );
};

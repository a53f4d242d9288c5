import { useState } from 'react';
import type { CostReportDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { navigate } from '../../router/router';
import { ErrorMessage, Notice } from '../../ui/feedback';
import { todayIn } from '../../ui/calendar-day';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import { CostDownloads } from './cost-downloads';
import { AccountPostings } from './account-postings';
import { failureOutcome, type ReportCostOutcome } from './cost-outcome';
import { CostReportTable } from './cost-report-table';
import { costHref } from './cost-views';
import { estimateChanges, estimateText } from './estimate-draft';
import { IssueButton } from './issue-button';
import { IssuedReports } from './issued-reports';
import { overUnderTone } from './over-under';
import { OveragesPanel } from './overages-panel';
import { PurchaseOrdersPanel } from './purchase-orders-panel';
import type { CostPermissions } from './use-cost-permissions';
import { usePeopleNames } from './use-people-names';

type CostReportViewProps = {
  readonly productionId: string;
  /** `?asOf=`: the day the report is as of; today in the production's zone when absent. */
  readonly asOf: string | null;
  /** `?account=`: the account whose postings are open. */
  readonly account: string | null;
  readonly permissions: CostPermissions;
  readonly report: ReportCostOutcome;
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The cost report: the top sheet with its drill-down, estimates, issuing, downloads and overages. */
export const CostReportView = ({
  productionId,
  asOf,
  account,
  permissions,
  report,
}: CostReportViewProps) => {
  const { production } = useProduction();
  const day = asOf !== null && CALENDAR_DATE.test(asOf) ? asOf : todayIn(production.timeZone);
  const query = useQuery(`cost-report:${productionId}:${day}`, (client) =>
    client.call('costReport', { params: { productionId }, query: { asOf: day } }),
  );
  const issued = useQuery(`cost-reports:${productionId}`, (client) =>
    client.call('issuedCostReports', { params: { productionId } }),
  );
  const names = usePeopleNames(productionId);
  const go = (next: { asOf?: string; account?: string | null }) => {
    const q: Record<string, string> = {};
    const nextAsOf = next.asOf ?? asOf;
    if (nextAsOf !== null && nextAsOf !== '') q['asOf'] = nextAsOf;
    const nextAccount = next.account === undefined ? account : next.account;
    if (nextAccount !== null) q['account'] = nextAccount;
    navigate(costHref(productionId, { view: 'report' }, q), { replace: true });
  };

  return (
    <div className="stack cost-report-view">
      <div className="toolbar">
        <div className="cost-report-view__as-of">
          <label htmlFor="cost-as-of" className="field__label">
            As of
          </label>
          <input
            id="cost-as-of"
            type="date"
            value={day}
            onChange={(e) => {
              if (CALENDAR_DATE.test(e.target.value)) go({ asOf: e.target.value });
            }}
            data-testid="cost-as-of"
          />
          {asOf !== null ? (
            <button type="button" className="link-button" onClick={() => go({ asOf: '' })}>
              Today
            </button>
          ) : null}
        </div>
        <div className="toolbar__actions">
          <CostDownloads productionId={productionId} asOf={day} />
          {permissions.issue ? (
            <IssueButton
              productionId={productionId}
              asOf={day}
              onIssued={(outcome) => {
                report(outcome);
                issued.reload();
                query.reload();
              }}
            />
          ) : null}
        </div>
      </div>
      <QueryView query={query} loadingLabel="Working out the cost report…">
        {(data) => (
          <ReportBody
            key={`${day}:${data.budgetVersionId}`}
            productionId={productionId}
            data={data}
            account={account}
            permissions={permissions}
            report={report}
            onSelectAccount={(next) => go({ account: next })}
            onSaved={query.reload}
          />
        )}
      </QueryView>
      {issued.data ? (
        <IssuedReports
          productionId={productionId}
          issued={issued.data}
          names={names}
          timeZone={production.timeZone}
        />
      ) : null}
    </div>
  );
};

type ReportBodyProps = {
  readonly productionId: string;
  readonly data: CostReportDto;
  readonly account: string | null;
  readonly permissions: CostPermissions;
  readonly report: ReportCostOutcome;
  readonly onSelectAccount: (account: string | null) => void;
  readonly onSaved: () => void;
};

const ReportBody = ({
  productionId,
  data,
  account,
  permissions,
  report,
  onSelectAccount,
  onSaved,
}: ReportBodyProps) => {
  const { production } = useProduction();
  const client = useClient();
  const rows = [...data.sections.flatMap((s) => s.rows), ...data.unbudgeted.rows];
  const selected = rows.find((r) => r.accountNumber === account) ?? null;
  const sectionOf = (n: string | null) =>
    data.sections.find((s) => s.rows.some((r) => r.accountNumber === n))?.section ??
    (data.unbudgeted.rows.some((r) => r.accountNumber === n) ? 'unbudgeted' : null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => {
    const open = sectionOf(account);
    return new Set(open === null ? [] : [open]);
  });
  const [typed, setTyped] = useState<Record<string, string> | null>(null);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [saving, setSaving] = useState(false);
  const { currency } = data;
  const g = data.grandTotal;
  const uncovered = data.overages.filter((o) => !o.covered);

  const toggle = (key: string) =>
    setExpanded((was) => {
      const next = new Set(was);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const allKeys = [
    ...data.sections.map((s) => s.section),
    ...(data.unbudgeted.rows.length > 0 ? ['unbudgeted'] : []),
  ];

  const startEditing = () => {
    setTyped(Object.fromEntries(rows.map((r) => [r.accountNumber, estimateText(r, currency)])));
    setErrors({});
    setExpanded(new Set(allKeys));
  };
  const save = async () => {
    if (typed === null) return;
    const draft = estimateChanges(rows, typed, currency);
    if (!draft.ok) return setErrors(draft.errors);
    if (draft.changes.length === 0) return setTyped(null);
    setSaving(true);
    try {
      const result = await client.call('saveCostEstimates', {
        params: { productionId },
        body: { estimates: draft.changes.map((c) => ({ ...c })) },
      });
      report({
        kind: 'result',
        result,
        doneText: `Estimates to complete saved on ${draft.changes.length} ${draft.changes.length === 1 ? 'account' : 'accounts'}`,
      });
      setTyped(null);
      onSaved();
    } catch (caught) {
      report(failureOutcome(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <dl className="stat-row cost-stats" data-testid="cost-stats">
        <Stat label="Budget" value={formatAmount(g.budget, currency)} />
        <Stat
          label="Actuals to date"
          value={formatAmount(g.actualsToDate, currency)}
          testId="stat-actuals"
        />
        <Stat
          label="Committed"
          value={formatAmount(g.commitments, currency)}
          testId="stat-commitments"
        />
        <Stat
          label="Estimated final cost"
          value={formatAmount(g.estimatedFinalCost, currency)}
          testId="stat-efc"
        />
        <Stat
          label="Against the budget"
          value={
            g.variance === 0
              ? 'On budget'
              : `${formatAmount(Math.abs(g.variance), currency)} ${g.variance < 0 ? 'over' : 'under'}`
          }
          tone={overUnderTone(g.variance)}
          testId="stat-variance"
        />
      </dl>
      <p className="muted cost-report-view__basis">
        Budget version in force;{' '}
        {data.previousAsOf === null
          ? 'no report issued before this day, so there is no change column yet'
          : `change since the report as of ${formatCalendarDate(data.previousAsOf)}`}
        .
      </p>
      {data.problems.length > 0 ? (
        <ErrorMessage>
          Some documents could not be counted: {data.problems.map((p) => p.message).join('; ')}
        </ErrorMessage>
      ) : null}
      {uncovered.length > 0 ? (
        <Notice tone="warning">
          <span data-testid="uncovered-overages">
            {uncovered.length === 1 ? 'One account is' : `${uncovered.length} accounts are`} over
            budget without an approved overage:{' '}
            {uncovered
              .map((o) => `${o.accountNumber} ${o.name} (${formatAmount(o.uncovered, currency)})`)
              .join(', ')}
            .
          </span>
        </Notice>
      ) : null}
      <div className="toolbar cost-table-toolbar">
        <div className="toolbar__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => setExpanded(new Set(allKeys))}
          >
            Open all sections
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setExpanded(new Set())}
          >
            Top sheet only
          </button>
        </div>
        {permissions.issue ? (
          <div className="toolbar__actions">
            {typed === null ? (
              <button
                type="button"
                className="button button--small"
                onClick={startEditing}
                data-testid="edit-estimates"
              >
                Edit estimates to complete
              </button>
            ) : (
              <>
                <span className="muted">Empty means the default: what is left of the budget.</span>
                <button
                  type="button"
                  className="button button--primary button--small"
                  onClick={() => void save()}
                  disabled={saving}
                  data-testid="save-estimates"
                >
                  {saving ? 'Saving…' : 'Save estimates'}
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setTyped(null)}
                >
                  Cancel
                </button>
              </>
            )}
          </div>
        ) : null}
      </div>
      <CostReportTable
        report={data}
        expanded={expanded}
        onToggle={toggle}
        selectedAccount={selected?.accountNumber ?? null}
        onSelectAccount={(n) => onSelectAccount(n === account ? null : n)}
        editing={
          typed === null
            ? null
            : {
                typed,
                errors,
                onType: (n, text) => setTyped((was) => ({ ...was, [n]: text })),
              }
        }
        detail={
          selected === null ? null : (
            <AccountPostings
              productionId={productionId}
              accountNumber={selected.accountNumber}
              accountName={selected.name}
              asOf={data.asOf}
              currency={currency}
              onClose={() => onSelectAccount(null)}
            />
          )
        }
      />
      <PurchaseOrdersPanel productionId={productionId} report={data} />
      <OveragesPanel
        productionId={productionId}
        report={data}
        timeZone={production.timeZone}
        mayRequest={permissions.requestOverage}
        onReport={report}
      />
    </>
  );
};

type StatProps = {
  readonly label: string;
  readonly value: string;
  readonly tone?: 'over' | 'under' | 'none';
  readonly testId?: string;
};

const Stat = ({ label, value, tone, testId }: StatProps) => (
  <div
    className={`stat${tone === 'over' ? ' stat--attention' : tone === 'under' ? ' stat--green' : ''}`}
  >
    <dt>{label}</dt>
    <dd data-testid={testId}>{value}</dd>
  </div>
);

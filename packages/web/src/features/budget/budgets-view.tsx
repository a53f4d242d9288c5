import { useState } from 'react';
import type { BudgetListDto, BudgetVersionSummaryDto } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { Link, navigate } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { formatInstant } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { Pill } from '../../ui/pill';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import type { BudgetOutcome, ReportBudgetOutcome } from './budget-outcome';
import { BudgetStatusPill } from './budget-status-pill';
import { budgetHref } from './budget-views';
import { ImportBudgetForm } from './import-budget-form';
import { NewBudgetForm } from './new-budget-form';

type BudgetsViewProps = { readonly productionId: string; readonly report: ReportBudgetOutcome };

/** The production's budgets, each with its versions (newest first), and "New budget". */
export const BudgetsView = ({ productionId, report }: BudgetsViewProps) => {
  const query = useQuery(`budgets:${productionId}`, (client) =>
    client.call('budgets', { params: { productionId } }),
  );
  const [open, setOpen] = useState<'new' | 'import' | null>(null);
  const done = (outcome: BudgetOutcome, versionId: string | null) => {
    setOpen(null);
    report(outcome);
    if (versionId !== null) navigate(budgetHref(productionId, { view: 'grid', versionId }));
    else query.reload();
  };
  return (
    <QueryView query={query} loadingLabel="Loading the budgets…">
      {(list) => (
        <div className="stack">
          <div className="toolbar">
            <p className="toolbar__text muted">
              Each budget goes draft → submitted → approved. An approved budget changes only by a
              revision, approved again; the version it replaces is then locked for the record.
            </p>
            <div className="toolbar__actions">
              <button
                type="button"
                className="button"
                onClick={() => setOpen((was) => (was === 'import' ? null : 'import'))}
                aria-expanded={open === 'import'}
                data-testid="import-budget"
              >
                Import a budget file
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => setOpen((was) => (was === 'new' ? null : 'new'))}
                aria-expanded={open === 'new'}
                data-testid="new-budget"
              >
                New budget
              </button>
            </div>
          </div>
          {open === 'new' ? (
            <NewBudgetForm
              productionId={productionId}
              templates={list.templates}
              onCancel={() => setOpen(null)}
              onCreated={done}
            />
          ) : null}
          {open === 'import' ? (
            <ImportBudgetForm
              productionId={productionId}
              onCancel={() => setOpen(null)}
              onImported={done}
            />
          ) : null}
          {list.budgets.length === 0 ? (
            <EmptyState title="No budget yet">
              <p>
                Start one from the feature film or episodic template: the chart of accounts, fringes
                and globals come with it.
              </p>
            </EmptyState>
          ) : (
            list.budgets.map((budget) => (
              <BudgetCard key={budget.id} productionId={productionId} budget={budget} />
            ))
          )}
        </div>
      )}
    </QueryView>
  );
};

type BudgetCardProps = {
  readonly productionId: string;
  readonly budget: BudgetListDto['budgets'][number];
};

const BudgetCard = ({ productionId, budget }: BudgetCardProps) => {
  const { production } = useProduction();
  const versions = [...budget.versions].sort((a, b) => b.number - a.number);
  const byId = new Map(budget.versions.map((v) => [v.id, v]));
  return (
    <section
      className="table-wrap budget-card"
      data-testid="budget-card"
      data-budget-id={budget.id}
      aria-labelledby={`budget-${budget.id}`}
    >
      <header className="budget-card__header">
        <h2 id={`budget-${budget.id}`}>{budget.name}</h2>
        {budget.main ? (
          <Pill
            tone="violet"
            title="The production budget: what the greenlight gate and the financing read"
          >
            Production budget
          </Pill>
        ) : null}
      </header>
      <table className="table budget-versions" data-testid="budget-versions">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Revises</th>
            <th scope="col" className="num">
              Lines
            </th>
            <th scope="col" className="num">
              Grand total
            </th>
            <th scope="col">Last step</th>
            <th scope="col">
              <span className="visually-hidden">Links</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => {
            const previous =
              version.revisionOf === null
                ? versions.find((v) => v.number < version.number)
                : byId.get(version.revisionOf);
            return (
              <tr
                key={version.id}
                data-testid="version-row"
                data-version-id={version.id}
                data-status={version.status}
              >
                <th scope="row">
                  <Link
                    to={budgetHref(productionId, { view: 'grid', versionId: version.id })}
                    className="row-title"
                  >
                    Version {version.number} · {version.name}
                  </Link>
                </th>
                <td>
                  <BudgetStatusPill status={version.status} />
                </td>
                <td className="muted">
                  {version.revisionOf === null
                    ? '—'
                    : `Version ${byId.get(version.revisionOf)?.number ?? '?'}`}
                </td>
                <td className="num">{version.lineCount.toLocaleString('en-US')}</td>
                <td className="num budget-versions__total">
                  {formatAmount(version.grandTotal, version.currency)}
                </td>
                <td className="muted">{lastStep(version, production.timeZone)}</td>
                <td className="budget-versions__links">
                  <Link to={budgetHref(productionId, { view: 'top-sheet', versionId: version.id })}>
                    Top sheet
                  </Link>
                  {previous ? (
                    <Link
                      to={budgetHref(
                        productionId,
                        { view: 'compare' },
                        { from: previous.id, to: version.id },
                      )}
                      data-testid="compare-with-previous"
                    >
                      Compare with version {previous.number}
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};

const lastStep = (version: BudgetVersionSummaryDto, timeZone: string): string => {
  if (version.lockedAt !== null) return `Locked ${formatInstant(version.lockedAt, timeZone)}`;
  if (version.approvedAt !== null) return `Approved ${formatInstant(version.approvedAt, timeZone)}`;
  if (version.submittedAt !== null && version.status === 'submitted')
    return `Submitted ${formatInstant(version.submittedAt, timeZone)}`;
  return `Started ${formatInstant(version.createdAt, timeZone)}`;
};

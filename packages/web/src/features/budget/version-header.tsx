import { useState } from 'react';
import type { BudgetVersionDto, BudgetVersionSummaryDto } from '@greenlight/contract';
import { Link, navigate } from '../../router/router';
import { formatAmount } from '../../ui/money';
import type { ReportBudgetOutcome } from './budget-outcome';
import { BudgetDownloads } from './budget-downloads';
import { BudgetStatusPill } from './budget-status-pill';
import { budgetHref } from './budget-views';
import { TransitionPanel, TRANSITION_LABELS, type Transition } from './transition-panel';

type VersionHeaderProps = {
  readonly productionId: string;
  readonly data: BudgetVersionDto;
  readonly grandTotal: number;
  /** The budget's versions, for switching between them. */
  readonly siblings: readonly BudgetVersionSummaryDto[];
  readonly report: ReportBudgetOutcome;
  readonly reload: () => void;
};

/** The version's name and status, its grand total, and the moves its status allows. */
export const VersionHeader = ({
  productionId,
  data,
  grandTotal,
  siblings,
  report,
  reload,
}: VersionHeaderProps) => {
  const { version, budget } = data;
  const [transition, setTransition] = useState<Transition | null>(null);
  const revises = siblings.find((v) => v.id === version.revisionOf);
  return (
    <header className="budget-header">
      <div className="budget-header__title">
        <p className="page-header__eyebrow">
          <Link to={budgetHref(productionId, { view: 'budgets' })}>Budgets</Link> / {budget.name}
          {budget.main ? ' (production budget)' : ''}
        </p>
        <div className="budget-header__name">
          <h2 data-testid="version-title">
            Version {version.number} · {version.name}
          </h2>
          <BudgetStatusPill status={version.status} />
          {revises ? <span className="muted">revises version {revises.number}</span> : null}
        </div>
        {siblings.length > 1 ? (
          <label className="budget-header__switch">
            <span className="visually-hidden">Go to another version</span>
            <select
              value={version.id}
              onChange={(event) =>
                navigate(budgetHref(productionId, { view: 'grid', versionId: event.target.value }))
              }
            >
              {[...siblings]
                .sort((a, b) => b.number - a.number)
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    Version {v.number} · {v.name} ({v.status})
                  </option>
                ))}
            </select>
          </label>
        ) : null}
      </div>
      <dl className="budget-header__total">
        <dt>Grand total</dt>
        <dd data-testid="grand-total">{formatAmount(grandTotal, version.currency)}</dd>
      </dl>
      <div className="budget-header__actions">
        <BudgetDownloads productionId={productionId} versionId={version.id} />
        {data.transitions.map((t) => (
          <button
            key={t}
            type="button"
            className={
              t === 'approve'
                ? 'button button--approve'
                : t === 'submit'
                  ? 'button button--primary'
                  : 'button'
            }
            onClick={() => setTransition(t)}
            aria-expanded={transition === t}
            data-testid={`transition-${t}`}
          >
            {TRANSITION_LABELS[t].button}
          </button>
        ))}
      </div>
      {transition !== null ? (
        <TransitionPanel
          productionId={productionId}
          version={version}
          transition={transition}
          onCancel={() => setTransition(null)}
          onDone={(outcome) => {
            setTransition(null);
            report(outcome);
            if (outcome.kind === 'result') reload();
          }}
        />
      ) : null}
    </header>
  );
};

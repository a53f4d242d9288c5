import type { BudgetListDto } from '@greenlight/contract';
import { BUDGET_STATUS_LABELS } from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { navigate } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { Field } from '../../ui/field';
import { QueryView } from '../../ui/query-view';
import { budgetHref } from './budget-views';
import { compareDefaults } from './compare-defaults';
import { ComparisonReport } from './comparison-report';

type CompareViewProps = {
  readonly productionId: string;
  readonly from: string | null;
  readonly to: string | null;
};

/** Two versions side by side: choose them, then every line, account and total that differs. */
export const CompareView = ({ productionId, from, to }: CompareViewProps) => {
  const list = useQuery(`budgets:${productionId}`, (client) =>
    client.call('budgets', { params: { productionId } }),
  );
  return (
    <QueryView query={list} loadingLabel="Loading the versions…">
      {(budgets) => {
        const defaults = compareDefaults(budgets);
        const chosenFrom = from ?? defaults.from;
        const chosenTo = to ?? defaults.to;
        const go = (next: { from: string | null; to: string | null }) =>
          navigate(
            budgetHref(
              productionId,
              { view: 'compare' },
              {
                ...(next.from === null ? {} : { from: next.from }),
                ...(next.to === null ? {} : { to: next.to }),
              },
            ),
            { replace: true },
          );
        return (
          <div className="stack">
            <div className="panel compare-picker" data-testid="compare-picker">
              <VersionSelect
                label="From"
                budgets={budgets}
                value={chosenFrom}
                onChange={(id) => go({ from: id, to: chosenTo })}
              />
              <span className="compare-picker__arrow" aria-hidden="true">
                →
              </span>
              <VersionSelect
                label="To"
                budgets={budgets}
                value={chosenTo}
                onChange={(id) => go({ from: chosenFrom, to: id })}
              />
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => go({ from: chosenTo, to: chosenFrom })}
                disabled={chosenFrom === null || chosenTo === null}
              >
                Swap
              </button>
            </div>
            {chosenFrom === null || chosenTo === null ? (
              <EmptyState title="Choose two versions to compare">
                <p>
                  A budget has something to compare once it has a second version, such as a
                  revision.
                </p>
              </EmptyState>
            ) : chosenFrom === chosenTo ? (
              <EmptyState title="Those are the same version">
                <p>Choose another version on one side.</p>
              </EmptyState>
            ) : (
              <ComparisonReport productionId={productionId} from={chosenFrom} to={chosenTo} />
            )}
          </div>
        );
      }}
    </QueryView>
  );
};

type VersionSelectProps = {
  readonly label: string;
  readonly budgets: BudgetListDto;
  readonly value: string | null;
  readonly onChange: (versionId: string) => void;
};

const VersionSelect = ({ label, budgets, value, onChange }: VersionSelectProps) => (
  <Field label={label} className="compare-picker__field">
    {(id) => (
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {value === null ? <option value="">Choose a version</option> : null}
        {budgets.budgets.map((budget) => (
          <optgroup key={budget.id} label={budget.name}>
            {[...budget.versions]
              .sort((a, b) => b.number - a.number)
              .map((v) => (
                <option key={v.id} value={v.id}>
                  Version {v.number} · {v.name} ({BUDGET_STATUS_LABELS[v.status].toLowerCase()})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    )}
  </Field>
);

import { BUDGET_UNIT_LABELS, BUDGET_UNITS, type BudgetUnit } from '@greenlight/domain';
import { MoneyInput } from '../../ui/money-input';
import { freshKey, type FringeDraft, type SetupErrors } from './setup-draft';
import { SetupInput } from './setup-input';

type FringesEditorProps = {
  readonly rows: readonly FringeDraft[];
  readonly onChange: (rows: readonly FringeDraft[]) => void;
  readonly errors: SetupErrors;
  readonly currency: string;
  readonly disabled: boolean;
  /** How many lines carry each fringe: one in use cannot simply go. */
  readonly usage: ReadonlyMap<string, number>;
};

/** Payroll fringes: a percentage of each line (above a threshold, up to a cap) or a flat amount per unit. */
export const FringesEditor = ({
  rows,
  onChange,
  errors,
  currency,
  disabled,
  usage,
}: FringesEditorProps) => {
  const update = (key: string, change: Partial<FringeDraft>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <section
      className="panel setup-section"
      aria-labelledby="fringes-heading"
      data-testid="fringes-editor"
    >
      <div className="setup-section__head">
        <h2 id="fringes-heading">Fringes</h2>
        <p className="muted">
          A percentage of each line it is on (skipping the threshold, up to the cap), or a flat
          amount per day or week.
        </p>
      </div>
      <table className="table table--compact setup-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Rate</th>
            <th scope="col">Threshold</th>
            <th scope="col">Cap</th>
            <th scope="col" className="num">
              Lines
            </th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const at = `fringe:${row.key}`;
            const label = row.name.trim() || 'the new fringe';
            const used = row.id === '' ? 0 : (usage.get(row.id) ?? 0);
            return (
              <tr key={row.key} data-testid="fringe-row" data-fringe-id={row.id}>
                <td>
                  <SetupInput
                    label={`Fringe ${i + 1} name`}
                    value={row.name}
                    onChange={(name) => update(row.key, { name })}
                    error={errors[`${at}:name`]}
                    disabled={disabled}
                  />
                </td>
                <td>
                  <select
                    aria-label={`Kind of ${label}`}
                    value={row.kind}
                    onChange={(e) =>
                      update(row.key, {
                        kind: e.target.value === 'flat-per-unit' ? 'flat-per-unit' : 'percentage',
                      })
                    }
                    disabled={disabled}
                  >
                    <option value="percentage">Percentage</option>
                    <option value="flat-per-unit">Flat per unit</option>
                  </select>
                </td>
                {row.kind === 'percentage' ? (
                  <>
                    <td>
                      <SetupInput
                        label={`Percentage of ${label}`}
                        value={row.percent}
                        onChange={(percent) => update(row.key, { percent })}
                        error={errors[`${at}:percent`]}
                        numeric
                        suffix="%"
                        disabled={disabled}
                      />
                    </td>
                    <td>
                      <MoneyInput
                        label={`Threshold of ${label}`}
                        hideLabel
                        currency={currency}
                        value={row.threshold}
                        onChange={(threshold) => update(row.key, { threshold })}
                        placeholder="none"
                        disabled={disabled}
                      />
                      {errors[`${at}:threshold`] ? (
                        <p className="field__error">{errors[`${at}:threshold`]}</p>
                      ) : null}
                    </td>
                    <td>
                      <MoneyInput
                        label={`Cap of ${label}`}
                        hideLabel
                        currency={currency}
                        value={row.cap}
                        onChange={(cap) => update(row.key, { cap })}
                        placeholder="none"
                        disabled={disabled}
                      />
                      {errors[`${at}:cap`] ? (
                        <p className="field__error">{errors[`${at}:cap`]}</p>
                      ) : null}
                    </td>
                  </>
                ) : (
                  <>
                    <td>
                      <MoneyInput
                        label={`Amount per unit of ${label}`}
                        hideLabel
                        currency={currency}
                        value={row.amount}
                        onChange={(amount) => update(row.key, { amount })}
                        disabled={disabled}
                      />
                      {errors[`${at}:amount`] ? (
                        <p className="field__error">{errors[`${at}:amount`]}</p>
                      ) : null}
                    </td>
                    <td colSpan={2}>
                      <select
                        aria-label={`Unit of ${label}`}
                        value={row.unit}
                        onChange={(e) => update(row.key, { unit: e.target.value as BudgetUnit })}
                        disabled={disabled}
                      >
                        {BUDGET_UNITS.map((unit) => (
                          <option key={unit} value={unit}>
                            per {BUDGET_UNIT_LABELS[unit].toLowerCase().replace(/s$/, '')}
                          </option>
                        ))}
                      </select>
                      <p className="field__hint">On lines counted in this unit only</p>
                    </td>
                  </>
                )}
                <td className="num muted">{used === 0 ? '—' : used}</td>
                <td>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                    disabled={disabled || used > 0}
                    title={used > 0 ? `On ${used} lines: take it off them first` : undefined}
                    aria-label={`Remove ${label}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {disabled ? null : (
        <button
          type="button"
          className="button button--small setup-section__add"
          onClick={() =>
            onChange([
              ...rows,
              {
                key: freshKey('f', rows),
                id: '',
                name: '',
                kind: 'percentage',
                percent: '',
                threshold: '',
                cap: '',
                amount: '',
                unit: 'days',
              },
            ])
          }
          data-testid="add-fringe"
        >
          Add a fringe
        </button>
      )}
    </section>
  );
};

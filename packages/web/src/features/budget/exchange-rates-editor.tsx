import { freshKey, type RateDraft, type SetupErrors } from './setup-draft';
import { SetupInput } from './setup-input';

type ExchangeRatesEditorProps = {
  readonly rows: readonly RateDraft[];
  readonly onChange: (rows: readonly RateDraft[]) => void;
  readonly errors: SetupErrors;
  readonly currency: string;
  readonly disabled: boolean;
  /** How many lines are in each currency. */
  readonly usage: ReadonlyMap<string, number>;
};

/** The agreed rates for lines in other currencies: what one unit is worth in the budget currency. */
export const ExchangeRatesEditor = ({
  rows,
  onChange,
  errors,
  currency,
  disabled,
  usage,
}: ExchangeRatesEditorProps) => {
  const update = (key: string, change: Partial<RateDraft>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <section
      className="panel setup-section"
      aria-labelledby="rates-heading"
      data-testid="rates-editor"
    >
      <div className="setup-section__head">
        <h2 id="rates-heading">Exchange rates</h2>
        <p className="muted">
          Stored with the budget (often the bond company’s rate), never looked up.
        </p>
      </div>
      {rows.length === 0 ? <p className="muted">Every line is in {currency}.</p> : null}
      {rows.length === 0 ? null : (
        <table className="table table--compact setup-table setup-table--narrow">
          <thead>
            <tr>
              <th scope="col">Currency</th>
              <th scope="col">1 unit is worth</th>
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
              const at = `rate:${row.key}`;
              const used = usage.get(row.currency.trim().toUpperCase()) ?? 0;
              return (
                <tr key={row.key} data-testid="rate-row">
                  <td>
                    <SetupInput
                      label={`Currency ${i + 1}`}
                      value={row.currency}
                      onChange={(value) => update(row.key, { currency: value.toUpperCase() })}
                      error={errors[`${at}:currency`]}
                      disabled={disabled || used > 0}
                      placeholder="EUR"
                    />
                  </td>
                  <td>
                    <SetupInput
                      label={`Rate of ${row.currency || `currency ${i + 1}`}`}
                      value={row.rate}
                      onChange={(rate) => update(row.key, { rate })}
                      error={errors[`${at}:rate`]}
                      numeric
                      suffix={currency}
                      disabled={disabled}
                      placeholder="1.085"
                    />
                  </td>
                  <td className="num muted">{used === 0 ? '—' : used}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                      disabled={disabled || used > 0}
                      title={used > 0 ? `${used} lines are in ${row.currency}` : undefined}
                      aria-label={`Remove the rate of ${row.currency || `currency ${i + 1}`}`}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {disabled ? null : (
        <button
          type="button"
          className="button button--small setup-section__add"
          onClick={() => onChange([...rows, { key: freshKey('r', rows), currency: '', rate: '' }])}
        >
          Add a currency
        </button>
      )}
    </section>
  );
};

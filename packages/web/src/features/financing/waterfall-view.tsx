import { useState, type FormEvent } from 'react';
import type { WaterfallDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { ErrorMessage, Notice } from '../../ui/feedback';
import { formatAmount, minorToInput, parseMoney } from '../../ui/money';
import { MoneyInput } from '../../ui/money-input';
import { parseBasisPoints } from './basis-points';
import { waterfallTotals } from './waterfall-totals';

type WaterfallViewProps = {
  readonly productionId: string;
  /** The budget currency the waterfall runs in. */
  readonly currency: string;
  readonly budgetTotal: number | null;
};

const MULTIPLES: readonly [label: string, numerator: number, denominator: number][] = [
  ['Half the budget', 1, 2],
  ['The budget', 1, 1],
  ['2× the budget', 2, 1],
  ['3× the budget', 3, 1],
];

/** The recoupment waterfall for a revenue figure: who is paid what, in order, and what is left. */
export const WaterfallView = ({ productionId, currency, budgetTotal }: WaterfallViewProps) => {
  const client = useClient();
  const [revenue, setRevenue] = useState('');
  const [fee, setFee] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WaterfallDto | null>(null);

  const run = async (event?: FormEvent) => {
    event?.preventDefault();
    const amount = parseMoney(revenue, currency);
    if (!amount.ok) {
      setError(
        revenue.trim() === ''
          ? 'Enter a revenue figure to run through the waterfall'
          : amount.error,
      );
      return;
    }
    let feeBp: number | undefined;
    if (fee.trim() !== '') {
      const parsed = parseBasisPoints(fee);
      if (!parsed.ok) {
        setError(`Distribution fee: ${parsed.error.toLowerCase()}`);
        return;
      }
      feeBp = parsed.value;
    }
    setBusy(true);
    setError(null);
    try {
      setResult(
        await client.call('waterfall', {
          params: { productionId },
          query: { revenue: amount.value, ...(feeBp === undefined ? {} : { feeBp }) },
        }),
      );
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack waterfall">
      <section className="panel">
        <form className="waterfall__form" onSubmit={(event) => void run(event)} noValidate>
          <div className="waterfall__revenue">
            <MoneyInput
              label="Revenue"
              currency={currency}
              value={revenue}
              onChange={setRevenue}
              hint="What the picture earns, to run through the recoupment order"
            />
          </div>
          <div className="field waterfall__fee">
            <label htmlFor="waterfall-fee">Distribution fee (%)</label>
            <input
              id="waterfall-fee"
              type="text"
              inputMode="decimal"
              value={fee}
              placeholder="none"
              onChange={(event) => setFee(event.target.value)}
            />
            <p className="field__hint">Off the top, optional</p>
          </div>
          <button
            type="submit"
            className="button button--primary waterfall__run"
            disabled={busy}
            data-testid="run-waterfall"
          >
            {busy ? 'Running…' : 'Run the waterfall'}
          </button>
          {budgetTotal !== null && budgetTotal > 0 ? (
            <div className="waterfall__presets" role="group" aria-label="Revenue presets">
              {MULTIPLES.map(([label, times, over]) => (
                <button
                  key={label}
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() =>
                    setRevenue(minorToInput(Math.round((budgetTotal * times) / over), currency))
                  }
                >
                  {label}
                </button>
              ))}
            </div>
          ) : null}
        </form>
        {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      </section>
      {result === null ? (
        <p className="muted waterfall__intro">
          Enter a revenue figure: the waterfall pays a fee off the top, then the closed financing in
          its recoupment order (loans with interest and fees, equity with its premium), then splits
          the back end by the points the deals give.
        </p>
      ) : (
        <WaterfallResult waterfall={result} />
      )}
    </div>
  );
};

const WaterfallResult = ({ waterfall }: { readonly waterfall: WaterfallDto }) => {
  const money = (amount: number) => formatAmount(amount, waterfall.currency);
  const totals = waterfallTotals(waterfall);
  return (
    <div className="waterfall__result" data-testid="waterfall-result">
      <ol className="waterfall-tiers" aria-label="Tiers, in the order they are paid">
        <li className="waterfall-tier waterfall-tier--revenue">
          <div className="waterfall-tier__head">
            <span className="waterfall-tier__step" aria-hidden="true">
              ↓
            </span>
            <h3>Revenue</h3>
            <span className="figure waterfall-tier__amount" data-testid="waterfall-revenue">
              {money(waterfall.revenue)}
            </span>
          </div>
        </li>
        {waterfall.tiers.map((tier, index) => (
          <li
            key={tier.tierId}
            className={`waterfall-tier waterfall-tier--${tier.kind}`}
            data-testid="waterfall-tier"
            data-kind={tier.kind}
          >
            <div className="waterfall-tier__head">
              <span className="waterfall-tier__step" aria-hidden="true">
                {index + 1}
              </span>
              <h3>{tier.name}</h3>
              <span className="muted waterfall-tier__available">
                {money(tier.available)} reaches it
              </span>
              <span className="figure waterfall-tier__amount">pays {money(tier.paid)}</span>
            </div>
            <div
              className="waterfall-tier__meter"
              role="img"
              aria-label={`Pays ${money(tier.paid)} of the ${money(tier.available)} that reaches it`}
            >
              <span
                style={{
                  width: `${tier.available === 0 ? 0 : (tier.paid / tier.available) * 100}%`,
                }}
              />
            </div>
            <table className="table table--compact waterfall-tier__payments">
              <thead>
                <tr>
                  <th scope="col">Paid to</th>
                  <th scope="col" className="num">
                    Owed
                  </th>
                  <th scope="col" className="num">
                    Paid
                  </th>
                  <th scope="col" className="num">
                    Still owed
                  </th>
                </tr>
              </thead>
              <tbody>
                {tier.payments.map((payment) => (
                  <tr key={payment.payee} data-testid="waterfall-payment">
                    <th scope="row">{payment.payee}</th>
                    <td className="num">{payment.claim === null ? '—' : money(payment.claim)}</td>
                    <td className="num">{money(payment.amount)}</td>
                    <td className={payment.unpaid > 0 ? 'num waterfall__unpaid' : 'num muted'}>
                      {payment.unpaid > 0 ? money(payment.unpaid) : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="waterfall-tier__left muted">
              Left after this tier:{' '}
              <span className="figure">{money(tier.available - tier.paid)}</span>
            </p>
          </li>
        ))}
      </ol>

      <section className="panel panel--flush waterfall-payees" aria-labelledby="payees-heading">
        <div className="panel__bar">
          <h2 id="payees-heading">Who gets what</h2>
          <span className="muted">of {money(waterfall.revenue)}</span>
        </div>
        <div className="waterfall-split" aria-hidden="true">
          {totals.rows.map((row, index) =>
            row.amount > 0 ? (
              <span
                key={row.payee}
                className={`waterfall-split__part waterfall-split__part--${index % 6}`}
                style={{ width: `${row.share}%` }}
                title={`${row.payee}: ${money(row.amount)}`}
              />
            ) : null,
          )}
        </div>
        <table className="table waterfall-payees__table" data-testid="waterfall-payees">
          <thead>
            <tr>
              <th scope="col">Payee</th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.rows.map((row, index) => (
              <tr key={row.payee} data-testid="waterfall-payee">
                <th scope="row">
                  <span
                    className={`legend-swatch waterfall-split__part--${index % 6}`}
                    aria-hidden="true"
                  />
                  {row.payee}
                </th>
                <td className="num muted">{row.shareText}</td>
                <td className="num">{money(row.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num muted">100 %</td>
              <td className="num" data-testid="waterfall-total">
                {money(totals.total)}
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
      {totals.total === waterfall.revenue ? null : (
        <Notice tone="warning">
          The payments add up to {money(totals.total)}, not the revenue of{' '}
          {money(waterfall.revenue)}.
        </Notice>
      )}
    </div>
  );
};

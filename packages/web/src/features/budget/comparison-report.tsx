import { useState } from 'react';
import type { BudgetComparisonDto } from '@greenlight/contract';
import {
  BUDGET_SECTION_LABELS,
  BUDGET_SECTIONS,
  formatQuantity,
  type Quantity,
} from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { formatAmount } from '../../ui/money';
import { Pill, type PillTone } from '../../ui/pill';
import { QueryView } from '../../ui/query-view';
import { DeltaAmount } from './delta-amount';

type LineChange = BudgetComparisonDto['lines'][number];
type Kind = LineChange['kind'];

const KINDS: Readonly<Record<Kind, { readonly label: string; readonly tone: PillTone }>> = {
  added: { label: 'Added', tone: 'green' },
  removed: { label: 'Removed', tone: 'red' },
  changed: { label: 'Changed', tone: 'amber' },
};

/** Thousands of changed lines are summed above; the table shows this many until asked for all. */
const FIRST_ROWS = 300;

type ComparisonReportProps = {
  readonly productionId: string;
  readonly from: string;
  readonly to: string;
};

export const ComparisonReport = ({ productionId, from, to }: ComparisonReportProps) => {
  const query = useQuery(`budget-compare:${from}:${to}`, (client) =>
    client.call('compareBudgets', { params: { productionId }, query: { from, to } }),
  );
  return (
    <QueryView query={query} loadingLabel="Comparing…">
      {(comparison) => <ComparisonBody comparison={comparison} />}
    </QueryView>
  );
};

const quantity = (value: number) => formatQuantity(value as Quantity);

const ComparisonBody = ({ comparison }: { readonly comparison: BudgetComparisonDto }) => {
  const { currency } = comparison;
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const [showAll, setShowAll] = useState(false);
  const [allAccounts, setAllAccounts] = useState(false);
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const line of comparison.lines) counts[line.kind] += 1;
  const lines = kind === 'all' ? comparison.lines : comparison.lines.filter((l) => l.kind === kind);
  const shown = showAll ? lines : lines.slice(0, FIRST_ROWS);
  const accounts = allAccounts
    ? comparison.accounts
    : comparison.accounts.filter((a) => a.delta !== 0);
  const globals = comparison.globals.filter((g) => g.before !== g.after);

  return (
    <div className="stack comparison" data-testid="comparison">
      <dl className="stat-row comparison__stats">
        <div className="stat">
          <dt>Version {comparison.from.number} grand total</dt>
          <dd data-testid="compare-before">
            {formatAmount(comparison.grandTotal.before, currency)}
          </dd>
        </div>
        <div className="stat">
          <dt>Version {comparison.to.number} grand total</dt>
          <dd data-testid="compare-after">{formatAmount(comparison.grandTotal.after, currency)}</dd>
        </div>
        <div
          className={comparison.grandTotal.delta > 0 ? 'stat stat--attention' : 'stat stat--green'}
        >
          <dt>Difference</dt>
          <dd data-testid="compare-delta">
            <DeltaAmount amount={comparison.grandTotal.delta} currency={currency} />
          </dd>
        </div>
        <div className="stat">
          <dt>Lines</dt>
          <dd className="comparison__counts" data-testid="compare-counts">
            {counts.added} added · {counts.removed} removed · {counts.changed} changed
            <span className="muted"> · {comparison.unchangedLines} the same</span>
          </dd>
        </div>
      </dl>

      <div className="table-wrap">
        <div className="comparison__lines-head">
          <h3>Accounts</h3>
          <label className="comparison__toggle">
            <input
              type="checkbox"
              checked={allAccounts}
              onChange={(e) => setAllAccounts(e.target.checked)}
            />{' '}
            Show the accounts that did not change
          </label>
        </div>
        <table className="table table--compact comparison__accounts" data-testid="compare-accounts">
          <thead>
            <tr>
              <th scope="col">Acct</th>
              <th scope="col">Account</th>
              <th scope="col">Section</th>
              <th scope="col" className="num">
                Version {comparison.from.number}
              </th>
              <th scope="col" className="num">
                Version {comparison.to.number}
              </th>
              <th scope="col" className="num">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  No account changed.
                </td>
              </tr>
            ) : null}
            {accounts.map((account) => (
              <tr
                key={account.accountNumber}
                data-testid="compare-account"
                data-account={account.accountNumber}
              >
                <td className="muted">{account.accountNumber}</td>
                <th scope="row">{account.name}</th>
                <td className="muted">{BUDGET_SECTION_LABELS[account.section]}</td>
                <td className="num">{formatAmount(account.before, currency)}</td>
                <td className="num">{formatAmount(account.after, currency)}</td>
                <td className="num">
                  <DeltaAmount amount={account.delta} currency={currency} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {BUDGET_SECTIONS.map((section) => {
              const figures = comparison.sections[section];
              return figures === undefined ? null : (
                <tr key={section} className="comparison__section">
                  <td />
                  <th scope="row" colSpan={2}>
                    Total {BUDGET_SECTION_LABELS[section].toLowerCase()}
                  </th>
                  <td className="num">{formatAmount(figures.before, currency)}</td>
                  <td className="num">{formatAmount(figures.after, currency)}</td>
                  <td className="num">
                    <DeltaAmount amount={figures.delta} currency={currency} />
                  </td>
                </tr>
              );
            })}
            <tr className="comparison__subtotal">
              <td />
              <th scope="row" colSpan={2}>
                Subtotal
              </th>
              <td className="num">{formatAmount(comparison.subtotal.before, currency)}</td>
              <td className="num">{formatAmount(comparison.subtotal.after, currency)}</td>
              <td className="num">
                <DeltaAmount amount={comparison.subtotal.delta} currency={currency} />
              </td>
            </tr>
            {comparison.percentageItems.map((item) => (
              <tr key={item.id}>
                <td />
                <th scope="row" colSpan={2}>
                  {item.name}
                </th>
                <td className="num">{formatAmount(item.before, currency)}</td>
                <td className="num">{formatAmount(item.after, currency)}</td>
                <td className="num">
                  <DeltaAmount amount={item.delta} currency={currency} />
                </td>
              </tr>
            ))}
            <tr className="comparison__grand-total">
              <td />
              <th scope="row" colSpan={2}>
                Grand total
              </th>
              <td className="num">{formatAmount(comparison.grandTotal.before, currency)}</td>
              <td className="num">{formatAmount(comparison.grandTotal.after, currency)}</td>
              <td className="num">
                <DeltaAmount amount={comparison.grandTotal.delta} currency={currency} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>

      <div className="table-wrap">
        <div className="comparison__lines-head">
          <h3>Lines</h3>
          <div className="segmented" role="radiogroup" aria-label="Which changes">
            {(['all', 'added', 'removed', 'changed'] as const).map((k) => (
              <button
                key={k}
                type="button"
                role="radio"
                aria-checked={kind === k}
                className="segmented__item comparison__filter"
                aria-current={kind === k ? 'page' : undefined}
                onClick={() => setKind(k)}
              >
                {k === 'all'
                  ? `All changes (${comparison.lines.length})`
                  : `${KINDS[k].label} (${counts[k]})`}
              </button>
            ))}
          </div>
        </div>
        <table className="table table--compact comparison__lines" data-testid="compare-lines">
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Acct</th>
              <th scope="col">Line</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col" className="num">
                Version {comparison.from.number}
              </th>
              <th scope="col" className="num">
                Version {comparison.to.number}
              </th>
              <th scope="col" className="num">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={7} className="muted">
                  No line {kind === 'all' ? 'changed' : `was ${kind}`}.
                </td>
              </tr>
            ) : null}
            {shown.map((line) => (
              <tr
                key={`${line.kind}:${line.lineId}`}
                data-testid="compare-line"
                data-kind={line.kind}
                data-line-id={line.lineId}
              >
                <td>
                  <Pill tone={KINDS[line.kind].tone}>{KINDS[line.kind].label}</Pill>
                </td>
                <td className="muted">{line.accountNumber}</td>
                <th scope="row">
                  {line.description || <span className="muted">untitled</span>}
                  {line.kind === 'changed' ? (
                    <span className="comparison__fields muted">{line.fields.join(', ')}</span>
                  ) : null}
                </th>
                <td className="num">
                  {line.kind === 'added'
                    ? quantity(line.after.quantity)
                    : line.kind === 'removed'
                      ? quantity(line.before.quantity)
                      : line.before.quantity === line.after.quantity
                        ? quantity(line.after.quantity)
                        : `${quantity(line.before.quantity)} → ${quantity(line.after.quantity)}`}
                </td>
                <td className="num">
                  {line.kind === 'added' ? '—' : formatAmount(line.before.total, currency)}
                </td>
                <td className="num">
                  {line.kind === 'removed' ? '—' : formatAmount(line.after.total, currency)}
                </td>
                <td className="num">
                  <DeltaAmount amount={line.delta} currency={currency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {lines.length > shown.length ? (
          <div className="table-footer comparison__more">
            <span className="muted">
              Showing {shown.length} of {lines.length} lines.
            </span>
            <button type="button" className="button button--small" onClick={() => setShowAll(true)}>
              Show all {lines.length}
            </button>
          </div>
        ) : null}
      </div>

      {globals.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="table-caption">Globals</caption>
            <thead>
              <tr>
                <th scope="col">Global</th>
                <th scope="col" className="num">
                  Version {comparison.from.number}
                </th>
                <th scope="col" className="num">
                  Version {comparison.to.number}
                </th>
              </tr>
            </thead>
            <tbody>
              {globals.map((g) => (
                <tr key={g.name}>
                  <th scope="row">{g.name}</th>
                  <td className="num">{g.before === null ? '—' : quantity(g.before)}</td>
                  <td className="num">{g.after === null ? '—' : quantity(g.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
};

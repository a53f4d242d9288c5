import { Fragment, type ReactNode } from 'react';
import type { CostReportDto } from '@greenlight/contract';
import { formatCalendarDate } from '../../ui/format-time';
import { formatFigure } from '../budget/figures';
import { CostFigureCells, FIGURE_HEADINGS } from './cost-figures-cells';

type CostRow = CostReportDto['sections'][number]['rows'][number];

export type EstimateEditing = {
  readonly typed: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
  readonly onType: (accountNumber: string, text: string) => void;
};

type CostReportTableProps = {
  readonly report: CostReportDto;
  /** Sections (and `unbudgeted`) whose accounts are shown. */
  readonly expanded: ReadonlySet<string>;
  readonly onToggle: (section: string) => void;
  readonly selectedAccount: string | null;
  readonly onSelectAccount: (accountNumber: string) => void;
  /** Present while estimates to complete are being edited. */
  readonly editing: EstimateEditing | null;
  /** What opens below the selected account: its postings. */
  readonly detail: ReactNode;
};

const UNBUDGETED = 'unbudgeted';

/**
 * The cost report's top sheet: one line per section with its totals; a section opens to its accounts, and
 * an account opens its postings. Then the subtotal, the percentage items and the grand total.
 */
export const CostReportTable = ({
  report,
  expanded,
  onToggle,
  selectedAccount,
  onSelectAccount,
  editing,
  detail,
}: CostReportTableProps) => {
  const { currency } = report;
  const groups = [
    ...report.sections.map((s) => ({
      key: s.section,
      label: s.label,
      rows: s.rows,
      totals: s.totals,
    })),
    ...(report.unbudgeted.rows.length > 0
      ? [
          {
            key: UNBUDGETED,
            label: 'Not in the budget',
            rows: report.unbudgeted.rows,
            totals: report.unbudgeted.totals,
          },
        ]
      : []),
  ];
  const accountRow = (row: CostRow) => (
    <Fragment key={row.accountNumber}>
      <tr
        className={`cost-account${row.accountNumber === selectedAccount ? ' cost-account--selected' : ''}${row.overBudget ? ' cost-account--over' : ''}`}
        data-testid="cost-account-row"
        data-account={row.accountNumber}
        data-over-budget={row.overBudget}
      >
        <td className="top-sheet__number">{row.accountNumber}</td>
        <th scope="row">
          <button
            type="button"
            className="link-button cost-account__open"
            onClick={() => onSelectAccount(row.accountNumber)}
            aria-pressed={row.accountNumber === selectedAccount}
            title="Show the documents behind this account"
          >
            {row.name}
          </button>
          {row.estimateSource === 'entered' && editing === null ? (
            <span className="cost-entered" title="The estimate to complete was entered">
              *
            </span>
          ) : null}
        </th>
        <CostFigureCells
          figures={row}
          currency={currency}
          {...(editing === null
            ? {}
            : { estimate: <EstimateCell row={row} currency={currency} editing={editing} /> })}
        />
      </tr>
      {row.accountNumber === selectedAccount && detail ? (
        <tr className="cost-detail">
          <td colSpan={2 + FIGURE_HEADINGS.length}>{detail}</td>
        </tr>
      ) : null}
    </Fragment>
  );

  return (
    <div className="table-wrap cost-report">
      <table className="table table--compact cost-report__table" data-testid="cost-report-table">
        <caption className="table-caption">
          Cost report{' '}
          <span className="muted">
            · as of {formatCalendarDate(report.asOf)} · {currency}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Acct</th>
            <th scope="col">Account</th>
            {FIGURE_HEADINGS.map((h) => (
              <th key={h.key} scope="col" className="num" title={h.title}>
                {h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => {
            const open = expanded.has(group.key);
            return (
              <Fragment key={group.key}>
                <tr
                  className={`cost-section${open ? ' cost-section--open' : ''}`}
                  data-testid="cost-section-row"
                  data-section={group.key}
                >
                  <td>
                    <button
                      type="button"
                      className="cost-section__toggle"
                      onClick={() => onToggle(group.key)}
                      aria-expanded={open}
                      aria-label={`${open ? 'Close' : 'Open'} ${group.label}`}
                    >
                      {open ? '▾' : '▸'}
                    </button>
                  </td>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button cost-section__label"
                      onClick={() => onToggle(group.key)}
                    >
                      {group.label}
                    </button>{' '}
                    <span className="muted cost-section__count">
                      {group.rows.length} {group.rows.length === 1 ? 'account' : 'accounts'}
                    </span>
                  </th>
                  <CostFigureCells figures={group.totals} currency={currency} />
                </tr>
                {open ? group.rows.map(accountRow) : null}
              </Fragment>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="top-sheet__subtotal" data-testid="cost-subtotal">
            <td />
            <th scope="row">Subtotal</th>
            <CostFigureCells figures={report.subtotal} currency={currency} />
          </tr>
          {report.items.map((item) => (
            <tr key={item.id} className="top-sheet__item" data-testid="cost-item">
              <td />
              <th scope="row">{item.name}</th>
              <CostFigureCells figures={item} currency={currency} />
            </tr>
          ))}
          <tr className="top-sheet__grand-total" data-testid="cost-grand-total">
            <td />
            <th scope="row">Grand total</th>
            <CostFigureCells figures={report.grandTotal} currency={currency} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
};

type EstimateCellProps = {
  readonly row: CostRow;
  readonly currency: string;
  readonly editing: EstimateEditing;
};

/** The estimate to complete as an input: empty is the default (what is left of the budget). */
const EstimateCell = ({ row, currency, editing }: EstimateCellProps) => {
  const error = editing.errors[row.accountNumber];
  return (
    <td className="num cost-estimate" data-figure="etc">
      <input
        type="text"
        inputMode="decimal"
        className="cost-estimate__input"
        aria-label={`Estimate to complete for ${row.accountNumber} ${row.name}`}
        aria-invalid={error === undefined ? undefined : true}
        title={error}
        value={editing.typed[row.accountNumber] ?? ''}
        // The default shows through as a placeholder: emptying an entered estimate brings it back.
        placeholder={formatFigure(row.estimateToComplete, currency)}
        onChange={(e) => editing.onType(row.accountNumber, e.target.value)}
      />
      {error === undefined ? null : <span className="field__error">{error}</span>}
    </td>
  );
};

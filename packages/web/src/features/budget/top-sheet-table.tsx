import { Fragment } from 'react';
import type { TopSheetDto } from '@greenlight/contract';
import { formatBasisPoints } from '@greenlight/domain';
import { formatAmount } from '../../ui/money';
import { formatFigure } from './figures';

type TopSheetTableProps = { readonly topSheet: TopSheetDto; readonly title: string };

/** The top sheet as a studio prints it: accounts by section, the subtotal, the percentage items, the total. */
export const TopSheetTable = ({ topSheet, title }: TopSheetTableProps) => {
  const { currency } = topSheet;
  const share = (amount: number) =>
    topSheet.grandTotal === 0 ? '' : `${((amount / topSheet.grandTotal) * 100).toFixed(1)}%`;
  return (
    <div className="table-wrap top-sheet">
      <table className="table table--compact top-sheet__table" data-testid="top-sheet">
        <caption className="table-caption">
          Top sheet{' '}
          <span className="muted">
            · {title} · {currency}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Acct</th>
            <th scope="col">Account</th>
            <th scope="col" className="num">
              Lines
            </th>
            <th scope="col" className="num">
              Fringes
            </th>
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col" className="num">
              % of total
            </th>
          </tr>
        </thead>
        <tbody>
          {topSheet.sections.map((section) => (
            <Fragment key={section.section}>
              <tr className="top-sheet__section">
                <th scope="rowgroup" colSpan={6}>
                  {section.label}
                </th>
              </tr>
              {section.rows.map((row) => (
                <tr
                  key={row.accountNumber}
                  data-testid="top-sheet-row"
                  data-account={row.accountNumber}
                >
                  <td className="top-sheet__number">{row.accountNumber}</td>
                  <th scope="row">{row.name}</th>
                  <td className="num">{formatFigure(row.lines, currency)}</td>
                  <td className="num">
                    {row.fringes === 0 ? '' : formatFigure(row.fringes, currency)}
                  </td>
                  <td className="num">{formatFigure(row.total, currency)}</td>
                  <td className="num muted">{row.total === 0 ? '' : share(row.total)}</td>
                </tr>
              ))}
              <tr
                className="top-sheet__section-total"
                data-testid="top-sheet-section-total"
                data-section={section.section}
              >
                <td />
                <th scope="row">Total {section.label.toLowerCase()}</th>
                <td colSpan={3} className="num">
                  {formatAmount(section.total, currency)}
                </td>
                <td className="num muted">{share(section.total)}</td>
              </tr>
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr className="top-sheet__subtotal">
            <td />
            <th scope="row">Subtotal</th>
            <td colSpan={3} className="num" data-testid="top-sheet-subtotal">
              {formatAmount(topSheet.subtotal, currency)}
            </td>
            <td className="num muted">{share(topSheet.subtotal)}</td>
          </tr>
          {topSheet.items.map((item) => (
            <tr
              key={item.id}
              className="top-sheet__item"
              data-testid="top-sheet-item"
              data-kind={item.kind}
            >
              <td />
              <th scope="row">
                {item.name}{' '}
                <span className="muted">
                  {formatBasisPoints(item.rateBp)} of {formatAmount(item.base, currency)}
                </span>
              </th>
              <td colSpan={3} className="num">
                {formatAmount(item.amount, currency)}
              </td>
              <td className="num muted">{share(item.amount)}</td>
            </tr>
          ))}
          <tr className="top-sheet__grand-total">
            <td />
            <th scope="row">Grand total</th>
            <td colSpan={3} className="num" data-testid="top-sheet-grand-total">
              {formatAmount(topSheet.grandTotal, currency)}
            </td>
            <td className="num muted">100%</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
};

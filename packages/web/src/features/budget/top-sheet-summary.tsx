import type { TopSheetDto } from '@greenlight/contract';
import { formatBasisPoints } from '@greenlight/domain';
import { formatAmount } from '../../ui/money';

/** The top sheet in a few lines beside the grid, following every edit. */
export const TopSheetSummary = ({ topSheet }: { readonly topSheet: TopSheetDto }) => {
  const { currency } = topSheet;
  return (
    <aside
      className="budget-summary"
      aria-label="Top sheet summary"
      data-testid="top-sheet-summary"
    >
      <h3 className="budget-summary__title">Top sheet</h3>
      <dl className="budget-summary__list">
        {topSheet.sections.map((section) => (
          <div key={section.section} className="budget-summary__row">
            <dt>{section.label}</dt>
            <dd data-testid={`summary-${section.section}`}>
              {formatAmount(section.total, currency)}
            </dd>
          </div>
        ))}
        <div className="budget-summary__row budget-summary__row--subtotal">
          <dt>Subtotal</dt>
          <dd>{formatAmount(topSheet.subtotal, currency)}</dd>
        </div>
        {topSheet.items.map((item) => (
          <div key={item.id} className="budget-summary__row">
            <dt>
              {item.name} <span className="muted">{formatBasisPoints(item.rateBp)}</span>
            </dt>
            <dd>{formatAmount(item.amount, currency)}</dd>
          </div>
        ))}
        <div className="budget-summary__row budget-summary__row--total">
          <dt>Grand total</dt>
          <dd data-testid="summary-grand-total">{formatAmount(topSheet.grandTotal, currency)}</dd>
        </div>
      </dl>
    </aside>
  );
};

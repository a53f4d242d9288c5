import type { CostReportDto } from '@greenlight/contract';
import { Link } from '../../router/router';
import { formatAmount } from '../../ui/money';
import { Pill } from '../../ui/pill';
import { costHref } from './cost-views';
import { documentTitle } from './document-title';

type PurchaseOrdersPanelProps = {
  readonly productionId: string;
  readonly report: CostReportDto;
};

/**
 * The purchase orders behind the commitments column: what each committed, what invoices have drawn on it,
 * what is still open, and any invoiced above the order (an overrun is spent, not committed).
 */
export const PurchaseOrdersPanel = ({ productionId, report }: PurchaseOrdersPanelProps) => {
  const orders = report.purchaseOrders.filter((p) => p.open > 0 || p.overrun > 0);
  if (orders.length === 0) return null;
  return (
    <section
      className="panel cost-orders"
      aria-labelledby="cost-orders-heading"
      data-testid="open-purchase-orders"
    >
      <h2 id="cost-orders-heading">Open purchase orders</h2>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">Purchase order</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col" className="num">
              Invoiced
            </th>
            <th scope="col" className="num">
              Open
            </th>
            <th scope="col">
              <span className="visually-hidden">Overrun</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((p) => (
            <tr key={p.purchaseOrderId} data-testid="open-purchase-order">
              <th scope="row">
                <Link
                  to={costHref(productionId, { view: 'document', documentId: p.purchaseOrderId })}
                  className="row-title"
                >
                  {documentTitle('purchase-order', p.number)}
                </Link>
              </th>
              <td className="num">{formatAmount(p.amount, p.currency)}</td>
              <td className="num">{formatAmount(p.invoiced, p.currency)}</td>
              <td className="num">{formatAmount(p.open, p.currency)}</td>
              <td>
                {p.overrun > 0 ? (
                  <Pill tone="red">Invoiced {formatAmount(p.overrun, p.currency)} over</Pill>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};

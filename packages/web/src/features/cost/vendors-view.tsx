import { useState } from 'react';
import { VENDOR_KIND_LABELS } from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { Pill } from '../../ui/pill';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import type { ReportCostOutcome } from './cost-outcome';
import { costHref } from './cost-views';
import type { CostPermissions } from './use-cost-permissions';
import { VendorForm } from './vendor-form';

type VendorsViewProps = {
  readonly productionId: string;
  readonly permissions: CostPermissions;
  readonly report: ReportCostOutcome;
};

/** The production's vendors, added and changed in place; each links to its documents. */
export const VendorsView = ({ productionId, permissions, report }: VendorsViewProps) => {
  const { production } = useProduction();
  const query = useQuery(`vendors:${productionId}`, (client) =>
    client.call('vendors', { params: { productionId } }),
  );
  // A vendor's id while it is changed, `new` while one is added.
  const [editing, setEditing] = useState<string | null>(null);
  const done: ReportCostOutcome = (outcome) => {
    report(outcome);
    if (outcome.kind === 'result') {
      setEditing(null);
      query.reload();
    }
  };
  return (
    <QueryView query={query} loadingLabel="Loading the vendors…">
      {({ vendors }) => {
        const sorted = [...vendors].sort((a, b) => a.name.localeCompare(b.name));
        const existing = sorted.find((v) => v.id === editing);
        return (
          <div className="stack">
            <div className="toolbar">
              <p className="toolbar__text muted">
                Whom the production pays. The accounting system of record keeps the rest.
              </p>
              {permissions.enter && editing === null ? (
                <div className="toolbar__actions">
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => setEditing('new')}
                    data-testid="add-vendor"
                  >
                    Add a vendor
                  </button>
                </div>
              ) : null}
            </div>
            {editing !== null ? (
              <VendorForm
                key={editing}
                productionId={productionId}
                currency={production.currency}
                {...(existing === undefined ? {} : { existing })}
                onDone={done}
                onCancel={() => setEditing(null)}
              />
            ) : null}
            {sorted.length === 0 ? (
              <EmptyState title="No vendors yet">
                <p>Add the rental houses, suppliers and locations the production pays.</p>
              </EmptyState>
            ) : (
              <div className="table-wrap">
                <table className="table" data-testid="vendors-table">
                  <thead>
                    <tr>
                      <th scope="col">Vendor</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Tax number</th>
                      <th scope="col">Contact</th>
                      <th scope="col">Bills in</th>
                      <th scope="col">Tax forms</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {sorted.map((v) => (
                      <tr key={v.id} data-testid="vendor-row" data-vendor-id={v.id}>
                        <th scope="row">
                          <Link
                            to={costHref(productionId, { view: 'documents' }, { vendor: v.id })}
                            className="row-title"
                            title="The vendor’s documents"
                          >
                            {v.name}
                          </Link>
                        </th>
                        <td>{VENDOR_KIND_LABELS[v.kind]}</td>
                        <td>{v.taxId ?? <span className="muted">—</span>}</td>
                        <td>{v.contact || <span className="muted">—</span>}</td>
                        <td>{v.currency}</td>
                        <td>
                          {v.w9OnFile ? <Pill tone="green">W-9</Pill> : null}{' '}
                          {v.reportable1099 ? <Pill tone="blue">1099</Pill> : null}
                        </td>
                        <td>
                          <div className="row-actions">
                            {permissions.enter ? (
                              <button
                                type="button"
                                className="button button--small"
                                onClick={() => setEditing(v.id)}
                                aria-label={`Change ${v.name}`}
                              >
                                Change
                              </button>
                            ) : null}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        );
      }}
    </QueryView>
  );
};

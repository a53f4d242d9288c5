import { useState, type FormEvent } from 'react';
import type { SpendingDocumentDto } from '@greenlight/contract';
import {
  SPENDING_DOCUMENT_KIND_LABELS,
  SPENDING_DOCUMENT_KINDS,
  type SpendingDocumentKind,
} from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { Link, navigate } from '../../router/router';
import { todayIn } from '../../ui/calendar-day';
import { ErrorMessage } from '../../ui/feedback';
import { formatAmount, parseMoney } from '../../ui/money';
import { useProduction } from '../production/production-context';
import { CodingLinesEditor } from './coding-lines-editor';
import { failureOutcome, type ReportCostOutcome } from './cost-outcome';
import { costHref } from './cost-views';
import {
  draftFromDocument,
  draftToRequest,
  emptyDraft,
  emptyLine,
  linesBillingPurchaseOrder,
  serverFieldErrors,
  type DocumentDraft,
  type DraftLine,
  type FieldErrors,
} from './document-draft';
import { DocumentField } from './document-field';

type DocumentFormProps = {
  readonly productionId: string;
  /** `?purchaseOrder=`: start an invoice billed against this purchase order. */
  readonly purchaseOrderId?: string | null;
  /** A draft being changed; absent for a new document. */
  readonly existing?: SpendingDocumentDto;
  readonly report: ReportCostOutcome;
  readonly onSaved?: () => void;
  readonly onCancel?: () => void;
};

/** Purchase orders an invoice may be billed against: committed, with something left open. */
const INVOICEABLE = new Set(['committed', 'partly-liquidated']);

/** Fields the form shows an error at; anything else the server names is listed at the top. */
const SHOWN_FIELDS =
  /^(number|vendorId|date|purchaseOrderId|lines|lines\.\d+\.(accountNumber|amount|relieves|description|episode|set))$/;

/**
 * Enter a spending document: the header (kind, number, vendor, date, currency), the coding lines (account,
 * episode and set where used, description, amount) and, for an invoice, the purchase order it bills.
 * Saved as a draft, or saved and submitted for approval by signing limits in one go.
 */
export const DocumentForm = ({
  productionId,
  purchaseOrderId = null,
  existing,
  report,
  onSaved,
  onCancel,
}: DocumentFormProps) => {
  const { production, isSeries } = useProduction();
  const client = useClient();
  const [typed, setDraft] = useState<DocumentDraft>(() =>
    existing === undefined
      ? {
          ...emptyDraft(
            purchaseOrderId === null ? 'purchase-order' : 'invoice',
            todayIn(production.timeZone),
            production.currency,
          ),
          purchaseOrderId: purchaseOrderId ?? '',
        }
      : draftFromDocument(existing),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const accounts = useQuery(`cost-report:${productionId}:accounts`, (c) =>
    c.call('costReport', { params: { productionId }, query: {} }),
  );
  const vendors = useQuery(`vendors:${productionId}`, (c) =>
    c.call('vendors', { params: { productionId } }),
  );
  const orders = useQuery(`spending-documents:${productionId}:purchase-order:`, (c) =>
    c.call('spendingDocuments', { params: { productionId }, query: { kind: 'purchase-order' } }),
  );
  const purchaseOrder = useQuery(
    typed.kind === 'invoice' && typed.purchaseOrderId !== ''
      ? `spending-document:${typed.purchaseOrderId}`
      : null,
    (c) =>
      c.call('spendingDocument', { params: { productionId, documentId: typed.purchaseOrderId } }),
  );
  const po = purchaseOrder.data?.id === typed.purchaseOrderId ? purchaseOrder.data : undefined;
  // An invoice opened from its purchase order takes the order's vendor and currency once it is in.
  const draft: DocumentDraft =
    po !== undefined && typed.vendorId === ''
      ? { ...typed, vendorId: po.vendorId ?? '', currency: po.currency }
      : typed;

  const update = (change: Partial<DocumentDraft>) => setDraft({ ...draft, ...change });
  const updateLine = (index: number, change: Partial<DraftLine>) =>
    setDraft((was) => ({
      ...was,
      lines: was.lines.map((l, i) => (i === index ? { ...l, ...change } : l)),
    }));
  const vendorList = vendors.data?.vendors ?? [];
  const chooseVendor = (vendorId: string) => {
    const vendor = vendorList.find((v) => v.id === vendorId);
    update({ vendorId, ...(vendor === undefined ? {} : { currency: vendor.currency }) });
  };
  const choosePurchaseOrder = (id: string) => {
    const order = orders.data?.documents.find((d) => d.id === id);
    update({
      purchaseOrderId: id,
      ...(order === undefined ? {} : { vendorId: order.vendorId ?? '', currency: order.currency }),
    });
  };

  const send = async (then: 'save' | 'submit') => {
    const request = draftToRequest(draft, existing?.version);
    if (!request.ok) return setErrors(request.errors);
    setErrors({});
    setBusy(then);
    try {
      const result =
        existing === undefined
          ? await client.call('createSpendingDocument', {
              params: { productionId },
              body: request.body,
            })
          : await client.call('updateSpendingDocument', {
              params: { productionId, documentId: existing.id },
              body: request.body,
            });
      const saved =
        result.outcome === 'allowed'
          ? (result.result as { documentId?: unknown; version?: unknown })
          : {};
      const documentId =
        existing?.id ?? (typeof saved.documentId === 'string' ? saved.documentId : null);
      const label = `${SPENDING_DOCUMENT_KIND_LABELS[draft.kind]} ${request.body.number}`;
      if (then === 'submit' && documentId !== null) {
        const current = await client.call('spendingDocument', {
          params: { productionId, documentId },
        });
        const submitted = await client.call('submitSpendingDocument', {
          params: { productionId, documentId },
          body: { version: current.version },
        });
        report({ kind: 'result', result: submitted, doneText: `${label} submitted for approval` });
      } else {
        report({ kind: 'result', result, doneText: `${label} saved as a draft` });
      }
      onSaved?.();
      if (existing === undefined && documentId !== null)
        navigate(costHref(productionId, { view: 'document', documentId }));
    } catch (caught) {
      const fields = serverFieldErrors(caught);
      if (fields === null) report(failureOutcome(caught));
      else setErrors(fields);
    } finally {
      setBusy(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('submit');
  };
  const total = draft.lines.reduce((sum, l) => {
    const parsed = parseMoney(l.amount, draft.currency);
    return parsed.ok ? sum + parsed.value : sum;
  }, 0);
  const openOrders = (orders.data?.documents ?? []).filter(
    (d) =>
      INVOICEABLE.has(d.status) &&
      (draft.vendorId === '' || d.vendorId === draft.vendorId || d.id === draft.purchaseOrderId),
  );
  const open = accounts.data?.purchaseOrders.find(
    (p) => p.purchaseOrderId === draft.purchaseOrderId,
  );
  const stray = Object.entries(errors).filter(([key]) => !SHOWN_FIELDS.test(key));
  const currencies = [
    ...new Set([production.currency, draft.currency, ...vendorList.map((v) => v.currency)]),
  ];

  return (
    <form
      className="panel form cost-document-form"
      onSubmit={submit}
      aria-labelledby="document-form-heading"
      noValidate
      data-testid="document-form"
    >
      <div className="panel__bar panel__bar--plain">
        <h2 id="document-form-heading">
          {existing === undefined
            ? 'Enter a spending document'
            : `Change ${SPENDING_DOCUMENT_KIND_LABELS[existing.kind].toLowerCase()} ${existing.number}`}
        </h2>
        {existing === undefined ? (
          <Link
            to={costHref(productionId, { view: 'documents' })}
            className="button button--ghost button--small"
          >
            Back to the documents
          </Link>
        ) : null}
      </div>
      {stray.length > 0 ? (
        <ErrorMessage>
          <span data-testid="document-form-errors">
            {stray.map(([, message]) => message).join(' ')}
          </span>
        </ErrorMessage>
      ) : null}
      <div className="form__grid cost-document-form__header">
        <DocumentField label="Kind" error={undefined}>
          {(id) => (
            <select
              id={id}
              value={draft.kind}
              disabled={existing !== undefined}
              onChange={(e) =>
                update({ kind: e.target.value as SpendingDocumentKind, purchaseOrderId: '' })
              }
            >
              {SPENDING_DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SPENDING_DOCUMENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </DocumentField>
        <DocumentField
          label="Number"
          error={errors['number']}
          hint={draft.kind === 'invoice' ? 'The vendor’s invoice number' : 'PO 0042, CR 0007…'}
        >
          {(id, describedBy) => (
            <input
              id={id}
              value={draft.number}
              maxLength={60}
              onChange={(e) => update({ number: e.target.value })}
              aria-invalid={errors['number'] ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </DocumentField>
        <DocumentField label="Vendor" error={errors['vendorId']}>
          {(id, describedBy) => (
            <select
              id={id}
              value={draft.vendorId}
              onChange={(e) => chooseVendor(e.target.value)}
              aria-invalid={errors['vendorId'] ? true : undefined}
              aria-describedby={describedBy}
            >
              <option value="">
                {draft.kind === 'petty-cash' ? 'None (many receipts)' : 'Choose…'}
              </option>
              {vendorList.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          )}
        </DocumentField>
        <DocumentField label="Date" error={errors['date']}>
          {(id, describedBy) => (
            <input
              id={id}
              type="date"
              value={draft.date}
              onChange={(e) => update({ date: e.target.value })}
              aria-invalid={errors['date'] ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </DocumentField>
        <DocumentField label="Currency" error={errors['currency']}>
          {(id) => (
            <select
              id={id}
              value={draft.currency}
              onChange={(e) => update({ currency: e.target.value })}
              disabled={po !== undefined}
            >
              {currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </DocumentField>
        <DocumentField label="What it is for" error={errors['description']} wide>
          {(id) => (
            <input
              id={id}
              value={draft.description}
              maxLength={1000}
              placeholder="Camera package, 6 weeks"
              onChange={(e) => update({ description: e.target.value })}
            />
          )}
        </DocumentField>
        {draft.kind === 'invoice' ? (
          <DocumentField
            label="Billed against purchase order"
            error={errors['purchaseOrderId']}
            wide
          >
            {(id, describedBy) => (
              <div className="cost-po-picker">
                <select
                  id={id}
                  value={draft.purchaseOrderId}
                  onChange={(e) => choosePurchaseOrder(e.target.value)}
                  aria-describedby={describedBy}
                >
                  <option value="">None: not against a purchase order</option>
                  {openOrders.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.number} · {d.vendorName ?? 'no vendor'} ·{' '}
                      {formatAmount(d.amount, d.currency)}
                    </option>
                  ))}
                </select>
                {po !== undefined ? (
                  <>
                    <span className="cost-po-open" data-testid="po-open-amount">
                      Open on {po.number}:{' '}
                      <strong>{formatAmount(open?.open ?? po.amount, po.currency)}</strong> of{' '}
                      {formatAmount(po.amount, po.currency)}
                    </span>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => update({ lines: linesBillingPurchaseOrder(po) })}
                    >
                      Copy its lines
                    </button>
                  </>
                ) : null}
              </div>
            )}
          </DocumentField>
        ) : null}
      </div>
      <CodingLinesEditor
        draft={draft}
        errors={errors}
        accounts={accounts.data}
        purchaseOrder={po}
        isSeries={isSeries}
        onChange={updateLine}
        onAdd={() => setDraft((was) => ({ ...was, lines: [...was.lines, emptyLine(was.lines)] }))}
        onRemove={(index) =>
          setDraft((was) => ({ ...was, lines: was.lines.filter((_, i) => i !== index) }))
        }
      />
      {errors['lines'] ? <p className="field__error">{errors['lines']}</p> : null}
      <div className="form__actions cost-document-form__actions">
        <span className="cost-document-form__total">
          Total{' '}
          <strong data-testid="document-form-total">{formatAmount(total, draft.currency)}</strong>
        </span>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy !== null}
          data-testid="save-and-submit"
        >
          {busy === 'submit' ? 'Submitting…' : 'Save and submit for approval'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void send('save')}
          data-testid="save-draft"
        >
          {busy === 'save' ? 'Saving…' : 'Save as draft'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <span className="field__hint">
          Within a signer’s limit one signature approves it; above it, it climbs to someone with a
          higher limit.
        </span>
      </div>
    </form>
  );
};

import type { Repositories } from '@greenlight/db';
import {
  calendarDate,
  costReportSnapshot,
  currencyCode,
  DomainError,
  moveSpendingDocument,
  settlePurchaseOrder,
  validateInvoiceAgainstPurchaseOrder,
  validateSpendingDocument,
  type Instant,
  type JsonValue,
  type MinorUnits,
  type PersonId,
  type Production,
  type SpendingDocument,
  type SpendingDocumentId,
  type VendorId,
} from '@greenlight/domain';
import type { ActionEffect } from './action-effect.js';
import { buildProductionCostReport } from './cost-context.js';

type CostEffect = Extract<
  ActionEffect,
  {
    kind:
      | 'save-vendor'
      | 'save-spending-document'
      | 'spending-transition'
      | 'save-cost-estimates'
      | 'issue-cost-report'
      | 'record-overage';
  }
>;

export const mustFindDocument = async (
  repos: Repositories,
  production: Production,
  documentId: string,
) => {
  const stored = await repos.cost.getDocument(production.id, documentId);
  if (stored === null) throw new DomainError('not-found', 'No such spending document');
  return stored;
};

export const mustBeAtVersion = (version: number, expected: number, id: string): void => {
  if (version === expected) return;
  throw new DomainError(
    'conflict',
    'Someone changed this document since you loaded it; load it again',
    { documentId: id, version },
  );
};

/** Checks an invoice billed against a purchase order: the order exists here and takes it. */
export const checkAgainstPurchaseOrder = async (
  repos: Repositories,
  production: Production,
  document: SpendingDocument,
): Promise<void> => {
  if (document.purchaseOrderId === null) return;
  const order = await repos.cost.getDocument(production.id, document.purchaseOrderId);
  if (order === null) throw new DomainError('not-found', 'No such purchase order');
  const checked = validateInvoiceAgainstPurchaseOrder(document, order.document);
  if (!checked.ok) throw checked.error;
};

/**
 * A purchase order's status from what approved and paid invoices have relieved of it (after an invoice
 * against it is approved, paid or voided).
 */
export const settleOrderOf = async (
  repos: Repositories,
  production: Production,
  invoice: SpendingDocument,
): Promise<void> => {
  if (invoice.purchaseOrderId === null) return;
  const order = await repos.cost.getDocument(production.id, invoice.purchaseOrderId);
  if (order === null) return;
  const invoices = await repos.cost.listDocuments(production.id, {
    purchaseOrderId: invoice.purchaseOrderId,
  });
  let liquidated = 0;
  for (const d of invoices) {
    if (d.status !== 'approved' && d.status !== 'paid') continue;
    for (const line of d.lines) liquidated += line.liquidates?.amount ?? 0;
  }
  const settled = settlePurchaseOrder(order.document, liquidated as MinorUnits);
  if (settled.status !== order.document.status) {
    await repos.cost.setStatus(order.document.id, settled.status, order.version);
  }
};

export const applyCostEffect = async (
  repos: Repositories,
  production: Production,
  effect: CostEffect,
  now: Instant,
): Promise<JsonValue> => {
  switch (effect.kind) {
    case 'save-vendor': {
      const vendor = {
        productionId: production.id,
        name: effect.vendor.name,
        kind: effect.vendor.kind,
        taxId: effect.vendor.taxId,
        contact: effect.vendor.contact,
        currency: currencyCode(effect.vendor.currency),
        ...(effect.vendor.w9OnFile === undefined ? {} : { w9OnFile: effect.vendor.w9OnFile }),
        ...(effect.vendor.reportable1099 === undefined
          ? {}
          : { reportable1099: effect.vendor.reportable1099 }),
      };
      const saved = effect.existing
        ? await repos.cost.updateVendor({ ...vendor, id: effect.vendorId as VendorId })
        : await repos.cost.createVendor({ ...vendor, id: effect.vendorId as VendorId });
      return { vendorId: saved.id };
    }
    case 'save-spending-document': {
      const { document: d } = effect;
      const document: SpendingDocument = {
        id: effect.documentId as SpendingDocumentId,
        productionId: production.id,
        kind: d.kind,
        number: d.number,
        vendorId: d.vendorId as VendorId | null,
        date: calendarDate(d.date),
        currency: currencyCode(d.currency),
        description: d.description,
        lines: d.lines.map((l) => ({
          id: l.id,
          accountNumber: l.accountNumber,
          episode: l.episode,
          set: l.set,
          description: l.description,
          amount: l.amount as MinorUnits,
          liquidates:
            l.liquidates === null
              ? null
              : {
                  purchaseOrderLineId: l.liquidates.purchaseOrderLineId,
                  amount: l.liquidates.amount as MinorUnits,
                },
        })),
        purchaseOrderId: d.purchaseOrderId as SpendingDocumentId | null,
        status: 'draft',
        requestedBy: effect.requestedBy as PersonId,
        approvals: [],
      };
      const valid = validateSpendingDocument(document);
      if (!valid.ok) throw valid.error;
      if (document.vendorId !== null) {
        const vendor = await repos.cost.getVendor(production.id, document.vendorId);
        if (vendor === null) throw new DomainError('not-found', 'No such vendor');
      }
      await checkAgainstPurchaseOrder(repos, production, document);
      if (effect.version === null) {
        const created = await repos.cost.createDocument(document);
        return { documentId: created.document.id, version: created.version };
      }
      const stored = await mustFindDocument(repos, production, effect.documentId);
      if (stored.document.status !== 'draft') {
        throw new DomainError(
          'conflict',
          'Only a draft is changed: withdraw the document (or have it returned) first',
          { status: stored.document.status },
        );
      }
      const saved = await repos.cost.replaceDocument(
        { ...document, requestedBy: stored.document.requestedBy },
        effect.version,
      );
      return { documentId: saved.document.id, version: saved.version };
    }
    case 'spending-transition': {
      const stored = await mustFindDocument(repos, production, effect.documentId);
      mustBeAtVersion(stored.version, effect.version, effect.documentId);
      const moved = moveSpendingDocument(stored.document, effect.transition);
      if (!moved.ok) throw moved.error;
      const saved = await repos.cost.setStatus(
        stored.document.id,
        moved.value.status,
        stored.version,
      );
      if (effect.transition === 'pay' || effect.transition === 'void') {
        await settleOrderOf(repos, production, saved.document);
      }
      return {
        documentId: saved.document.id,
        status: saved.document.status,
        version: saved.version,
      };
    }
    case 'save-cost-estimates': {
      await repos.cost.saveEstimates(
        production.id,
        effect.estimates.map((e) => ({
          target: e.target,
          key: e.key,
          amount: e.amount === null ? null : (e.amount as MinorUnits),
        })),
        effect.by as PersonId,
        now,
      );
      return { saved: effect.estimates.length };
    }
    case 'issue-cost-report': {
      const { report } = await buildProductionCostReport(
        repos,
        production,
        calendarDate(effect.asOf),
        null,
      );
      const issued = await repos.cost.issueReport(
        production.id,
        costReportSnapshot(report),
        effect.by as PersonId,
        now,
      );
      return { reportId: issued.id, asOf: issued.asOf };
    }
    case 'record-overage': {
      const saved = await repos.cost.addOverage(
        production.id,
        {
          accountNumber: effect.accountNumber,
          amount: effect.amount as MinorUnits,
          reason: effect.reason,
          requestedBy: effect.by as PersonId,
        },
        now,
      );
      return { overageId: saved.id };
    }
  }
};

import {
  DomainError,
  SPENDING_DOCUMENT_KINDS,
  SPENDING_DOCUMENT_STATUSES,
  type AuthorityBasis,
  type CalendarDate,
  type CodingLine,
  type CurrencyCode,
  type MinorUnits,
  type PersonId,
  type ProductionId,
  type SpendingApproval,
  type SpendingDocument,
  type SpendingDocumentId,
  type SpendingDocumentKind,
  type SpendingDocumentStatus,
  type VendorId,
} from '@greenlight/domain';
import type { StoredSpendingDocument } from './cost-repository-types.js';
import { toInstant } from './row-values.js';

// Spending documents and their lines between rows and the domain: read as JSON arrays (one text per
// statement, see spending-document-reads.ts), written as rows.

export type PackedDocument = [
  id: string,
  kind: string,
  number: string,
  vendorId: string | null,
  date: string,
  currency: string,
  description: string,
  purchaseOrderId: string | null,
  status: string,
  requestedBy: string,
  version: number,
  submission: number,
  createdAt: string,
  updatedAt: string,
];

export type PackedLine = [
  documentId: string,
  lineId: string,
  accountNumber: string,
  episode: string | null,
  set: string | null,
  description: string,
  amount: number,
  relievesLineId: string | null,
  relievesMinor: number | null,
];

const KINDS = new Set<string>(SPENDING_DOCUMENT_KINDS);
const STATUSES = new Set<string>(SPENDING_DOCUMENT_STATUSES);

const kindOf = (value: string): SpendingDocumentKind => {
  if (KINDS.has(value)) return value as SpendingDocumentKind;
  throw new DomainError('internal', `Unexpected spending document kind "${value}" in the database`);
};
const statusOf = (value: string): SpendingDocumentStatus => {
  if (STATUSES.has(value)) return value as SpendingDocumentStatus;
  throw new DomainError(
    'internal',
    `Unexpected spending document status "${value}" in the database`,
  );
};

export const safeMinor = (value: number): MinorUnits => {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError('internal', 'An amount in the database is not a safe integer');
  }
  return value as MinorUnits;
};

// One literal, keys always in this order: the ledger walks documents and lines many times, and one object
// shape keeps its property reads monomorphic.
export const toLine = (p: PackedLine): CodingLine => ({
  id: p[1],
  accountNumber: p[2],
  episode: p[3],
  set: p[4],
  description: p[5],
  amount: safeMinor(p[6]),
  liquidates:
    p[7] === null || p[8] === null ? null : { purchaseOrderLineId: p[7], amount: safeMinor(p[8]) },
});

export const toDocument = (
  productionId: ProductionId,
  p: PackedDocument,
  lines: readonly CodingLine[],
  approvals: readonly SpendingApproval[],
): SpendingDocument => ({
  id: p[0] as SpendingDocumentId,
  productionId,
  kind: kindOf(p[1]),
  number: p[2],
  vendorId: p[3] as VendorId | null,
  date: p[4] as CalendarDate,
  currency: p[5] as CurrencyCode,
  description: p[6],
  lines,
  purchaseOrderId: p[7] as SpendingDocumentId | null,
  status: statusOf(p[8]),
  requestedBy: p[9] as PersonId,
  approvals,
});

export const toStored = (
  productionId: ProductionId,
  p: PackedDocument,
  lines: readonly CodingLine[],
  approvals: readonly SpendingApproval[],
): StoredSpendingDocument => ({
  document: toDocument(productionId, p, lines, approvals),
  version: p[10],
  submission: p[11],
  createdAt: toInstant(new Date(p[12]).toISOString()),
  updatedAt: toInstant(new Date(p[13]).toISOString()),
});

export const lineRow = (documentId: string, line: CodingLine, position: number) => ({
  document_id: documentId,
  line_id: line.id,
  position,
  account_number: line.accountNumber,
  episode: line.episode,
  set_name: line.set,
  description: line.description,
  amount_minor: line.amount,
  relieves_line_id: line.liquidates?.purchaseOrderLineId ?? null,
  relieves_minor: line.liquidates?.amount ?? null,
});

export const documentRow = (document: SpendingDocument) => ({
  production_id: document.productionId,
  kind: document.kind,
  number: document.number,
  vendor_id: document.vendorId,
  date: document.date,
  currency: document.currency,
  description: document.description,
  purchase_order_id: document.purchaseOrderId,
  status: document.status,
  requested_by: document.requestedBy,
});

export const toBasis = (value: unknown): AuthorityBasis => {
  if (typeof value !== 'object' || value === null) {
    throw new DomainError('internal', 'A sign-off without its basis in the database');
  }
  return value as AuthorityBasis;
};

import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { ActionResultSchema } from './schemas/authority.schema.js';
import { IdSchema } from './schemas/common.schema.js';
import {
  CostPostingsSchema,
  CostReportQuerySchema,
  CostReportSchema,
  IssueCostReportRequestSchema,
  IssuedCostReportListSchema,
  OverageListSchema,
  OverageRequestSchema,
  SaveEstimatesRequestSchema,
  SaveSpendingDocumentRequestSchema,
  SaveVendorRequestSchema,
  SpendingApprovalResultSchema,
  SpendingDocumentListQuerySchema,
  SpendingDocumentListSchema,
  SpendingDocumentSchema,
  SpendingInboxSchema,
  SpendingTransitionRequestSchema,
  VendorListSchema,
} from './schemas/cost.schema.js';

const production = z.object({ productionId: IdSchema });
const vendor = z.object({ productionId: IdSchema, vendorId: IdSchema });
const document = z.object({ productionId: IdSchema, documentId: IdSchema });
const account = z.object({ productionId: IdSchema, accountNumber: z.string().min(1).max(20) });

const transition = (
  verb: string,
  action: 'spending.enter' | 'spending.pay' | 'spending.void' | 'expenditure.commit',
  summary: string,
) =>
  ({
    method: 'POST',
    path: `/productions/:productionId/spending-documents/:documentId/${verb}`,
    summary,
    authority: { kind: 'action', action },
    params: document,
    body: SpendingTransitionRequestSchema,
    response: ActionResultSchema,
  }) as const;

/** Cost control: vendors, spending documents and their approval, the cost report (issue 6). */
export const costRoutes = {
  vendors: {
    method: 'GET',
    path: '/productions/:productionId/vendors',
    summary: 'The production’s vendors',
    authority: { kind: 'action', action: 'expenditure.view' },
    params: production,
    response: VendorListSchema,
  },
  createVendor: {
    method: 'POST',
    path: '/productions/:productionId/vendors',
    summary: 'Add a vendor (name unique on the production)',
    authority: { kind: 'action', action: 'spending.enter' },
    params: production,
    body: SaveVendorRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
  updateVendor: {
    method: 'PUT',
    path: '/productions/:productionId/vendors/:vendorId',
    summary: 'Change a vendor',
    authority: { kind: 'action', action: 'spending.enter' },
    params: vendor,
    body: SaveVendorRequestSchema,
    response: ActionResultSchema,
  },
  spendingDocuments: {
    method: 'GET',
    path: '/productions/:productionId/spending-documents',
    summary:
      'Purchase orders, invoices, check requests, petty cash envelopes and card transactions, newest first',
    authority: { kind: 'action', action: 'expenditure.view' },
    params: production,
    query: SpendingDocumentListQuerySchema,
    response: SpendingDocumentListSchema,
  },
  spendingDocument: {
    method: 'GET',
    path: '/productions/:productionId/spending-documents/:documentId',
    summary: 'One spending document with its sign-offs and whom it waits on',
    authority: { kind: 'action', action: 'expenditure.view' },
    params: document,
    response: SpendingDocumentSchema,
  },
  createSpendingDocument: {
    method: 'POST',
    path: '/productions/:productionId/spending-documents',
    summary:
      'Enter a draft spending document coded to budget accounts (an invoice may name the purchase order it is billed against and the lines it relieves)',
    authority: { kind: 'action', action: 'spending.enter' },
    params: production,
    body: SaveSpendingDocumentRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
  updateSpendingDocument: {
    method: 'PUT',
    path: '/productions/:productionId/spending-documents/:documentId',
    summary: 'Change a draft (at the version it was read)',
    authority: { kind: 'action', action: 'spending.enter' },
    params: document,
    body: SaveSpendingDocumentRequestSchema,
    response: ActionResultSchema,
  },
  submitSpendingDocument: transition(
    'submit',
    'expenditure.commit',
    'Submit a draft for approval by signing limits (decided as expenditure.commit for its amount and department: a refusal is a 403)',
  ),
  withdrawSpendingDocument: transition(
    'withdraw',
    'spending.enter',
    'The requester takes a submitted document back to draft',
  ),
  returnSpendingDocument: transition(
    'return',
    'expenditure.commit',
    'Someone who may sign it sends a submitted document back to draft',
  ),
  approveSpendingDocument: {
    method: 'POST',
    path: '/productions/:productionId/spending-documents/:documentId/approve',
    summary:
      'Sign a submitted document: within the signer’s limit it is committed (a purchase order) or approved; above it, the sign-off is kept and the document climbs. Never the requester; of two approvals at once exactly one counts (the other is a 409)',
    authority: { kind: 'action', action: 'expenditure.commit' },
    params: document,
    body: SpendingTransitionRequestSchema,
    response: SpendingApprovalResultSchema,
  },
  paySpendingDocument: transition('pay', 'spending.pay', 'Mark an approved document paid'),
  voidSpendingDocument: transition(
    'void',
    'spending.void',
    'Void a document (not a paid one, nor a purchase order invoices have drawn on)',
  ),
  closeSpendingDocument: transition(
    'close',
    'spending.void',
    'Close a purchase order, releasing what is left of its commitment',
  ),
  reopenSpendingDocument: transition(
    'reopen',
    'spending.void',
    'Reopen a purchase order closed by hand',
  ),
  spendingInbox: {
    method: 'GET',
    path: '/productions/:productionId/spending-inbox',
    summary:
      'Submitted documents the caller may sign now: routed to them, or within their signing limit',
    authority: { kind: 'action', action: 'expenditure.view' },
    params: production,
    response: SpendingInboxSchema,
  },
  costReport: {
    method: 'GET',
    path: '/productions/:productionId/cost-report',
    summary:
      'The cost report as of a day (default today): per account and rolled up to the top sheet, budget, actuals, commitments, estimate to complete, EFC, variance and change since the last issued report',
    authority: { kind: 'action', action: 'budget.view' },
    params: production,
    query: CostReportQuerySchema,
    response: CostReportSchema,
  },
  costReportPdf: {
    method: 'GET',
    path: '/productions/:productionId/cost-report.pdf',
    summary: 'The weekly cost report as PDF',
    authority: { kind: 'action', action: 'budget.view' },
    params: production,
    query: CostReportQuerySchema,
    response: DocumentBytesSchema,
    produces: DOCUMENT_TYPES.pdf,
  },
  costReportXlsx: {
    method: 'GET',
    path: '/productions/:productionId/cost-report.xlsx',
    summary: 'The cost report as an Excel workbook (amounts as numbers)',
    authority: { kind: 'action', action: 'budget.view' },
    params: production,
    query: CostReportQuerySchema,
    response: DocumentBytesSchema,
    produces: DOCUMENT_TYPES.xlsx,
  },
  costPostings: {
    method: 'GET',
    path: '/productions/:productionId/cost-report/accounts/:accountNumber/postings',
    summary: 'The document lines behind one account’s actuals and commitments',
    authority: { kind: 'action', action: 'budget.view' },
    params: account,
    query: CostReportQuerySchema,
    response: CostPostingsSchema,
  },
  saveCostEstimates: {
    method: 'PUT',
    path: '/productions/:productionId/cost-report/estimates',
    summary:
      'Enter estimates to complete per account or percentage item (null: back to the default)',
    authority: { kind: 'action', action: 'cost-report.issue' },
    params: production,
    body: SaveEstimatesRequestSchema,
    response: ActionResultSchema,
  },
  issuedCostReports: {
    method: 'GET',
    path: '/productions/:productionId/cost-reports',
    summary: 'The cost reports issued so far, newest first',
    authority: { kind: 'action', action: 'budget.view' },
    params: production,
    response: IssuedCostReportListSchema,
  },
  issueCostReport: {
    method: 'POST',
    path: '/productions/:productionId/cost-reports',
    summary:
      'Issue the weekly cost report as of a day: its figures are kept for the next report’s change column',
    authority: { kind: 'action', action: 'cost-report.issue' },
    params: production,
    body: IssueCostReportRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
  overages: {
    method: 'GET',
    path: '/productions/:productionId/overage-requests',
    summary: 'Overages accepted so far, per account',
    authority: { kind: 'action', action: 'budget.view' },
    params: production,
    response: OverageListSchema,
  },
  requestOverage: {
    method: 'POST',
    path: '/productions/:productionId/overage-requests',
    summary:
      'Ask to spend above an account’s budget (budget.approve-overage for the amount: allowed, routed for approval or refused)',
    authority: { kind: 'action', action: 'budget.approve-overage' },
    params: production,
    body: OverageRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
} as const satisfies Record<string, RouteDefinition>;

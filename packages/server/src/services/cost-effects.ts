import { z } from 'zod';
import {
  CalendarDateSchema,
  CodingLineSchema,
  SaveVendorRequestSchema,
  SpendingDocumentKindSchema,
  SpendingTransitionSchema,
} from '@greenlight/contract';

// The effects of cost-control actions, as data (see action-effect.ts). Spending documents are written by
// `spending.enter`; moves other than submit, approve and return (which are the approval path itself, in
// spending-approval-service.ts) by `spending.enter` (withdraw), `spending.pay` and `spending.void`; the cost
// report's estimates and issues by `cost-report.issue`; accepted overages by `budget.approve-overage`.

export const COST_EFFECT_SCHEMAS = [
  z.object({
    kind: z.literal('save-vendor'),
    vendorId: z.uuid(),
    /** Null: a new vendor. */
    existing: z.boolean(),
    vendor: SaveVendorRequestSchema.extend({ currency: z.string() }),
  }),
  z.object({
    kind: z.literal('save-spending-document'),
    documentId: z.uuid(),
    /** The version an edit was made at; null for a new document. */
    version: z.number().int().nullable(),
    document: z.object({
      kind: SpendingDocumentKindSchema,
      number: z.string(),
      vendorId: z.uuid().nullable(),
      date: CalendarDateSchema,
      currency: z.string(),
      description: z.string(),
      purchaseOrderId: z.uuid().nullable(),
      lines: z.array(CodingLineSchema),
    }),
    requestedBy: z.uuid(),
  }),
  z.object({
    kind: z.literal('spending-transition'),
    documentId: z.uuid(),
    transition: SpendingTransitionSchema,
    version: z.number().int(),
    by: z.uuid(),
  }),
  z.object({
    kind: z.literal('save-cost-estimates'),
    estimates: z.array(
      z.object({
        target: z.enum(['account', 'item']),
        key: z.string(),
        amount: z.number().int().nullable(),
      }),
    ),
    by: z.uuid(),
  }),
  z.object({ kind: z.literal('issue-cost-report'), asOf: CalendarDateSchema, by: z.uuid() }),
  z.object({
    kind: z.literal('record-overage'),
    accountNumber: z.string(),
    amount: z.number().int(),
    reason: z.string(),
    by: z.uuid(),
  }),
] as const;

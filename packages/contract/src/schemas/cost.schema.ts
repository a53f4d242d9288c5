import { z } from 'zod';
import {
  BUDGET_SECTIONS,
  SPENDING_DOCUMENT_KINDS,
  SPENDING_DOCUMENT_STATUSES,
  VENDOR_KINDS,
} from '@greenlight/domain';
import {
  CalendarDateSchema,
  CurrencySchema,
  IdSchema,
  InstantSchema,
  MinorUnitsSchema,
  NonNegativeMinorUnitsSchema,
  RoleSchema,
} from './common.schema.js';

// Cost control (issue 6): vendors, spending documents and their sign-offs, the cost report.

export const VendorKindSchema = z.enum(VENDOR_KINDS);
export const SpendingDocumentKindSchema = z.enum(SPENDING_DOCUMENT_KINDS);
export const SpendingDocumentStatusSchema = z.enum(SPENDING_DOCUMENT_STATUSES);
export const SpendingTransitionSchema = z.enum([
  'submit',
  'withdraw',
  'return',
  'approve',
  'close',
  'reopen',
  'pay',
  'void',
]);

export const VendorSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: VendorKindSchema,
  taxId: z.string().nullable(),
  contact: z.string(),
  currency: z.string(),
  w9OnFile: z.boolean().optional(),
  reportable1099: z.boolean().optional(),
});
export type VendorDto = z.infer<typeof VendorSchema>;
export const VendorListSchema = z.object({ vendors: z.array(VendorSchema) });

export const SaveVendorRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: VendorKindSchema.default('company'),
  taxId: z.string().trim().max(60).nullable().default(null),
  contact: z.string().trim().max(500).default(''),
  currency: CurrencySchema.optional(),
  w9OnFile: z.boolean().optional(),
  reportable1099: z.boolean().optional(),
});

const PositiveMinorUnitsSchema = MinorUnitsSchema.refine((v) => v > 0, 'must be above zero');

export const CodingLineSchema = z.object({
  id: z.string().trim().min(1).max(40),
  accountNumber: z.string().trim().min(1).max(20),
  episode: z.string().trim().max(40).nullable().default(null),
  set: z.string().trim().max(200).nullable().default(null),
  description: z.string().trim().max(500).default(''),
  amount: PositiveMinorUnitsSchema,
  liquidates: z
    .object({ purchaseOrderLineId: z.string().min(1), amount: PositiveMinorUnitsSchema })
    .nullable()
    .default(null),
});

export const SaveSpendingDocumentRequestSchema = z.object({
  kind: SpendingDocumentKindSchema,
  number: z.string().trim().min(1).max(60),
  vendorId: IdSchema.nullable().default(null),
  date: CalendarDateSchema,
  currency: CurrencySchema.optional(),
  description: z.string().trim().max(1000).default(''),
  purchaseOrderId: IdSchema.nullable().default(null),
  lines: z.array(CodingLineSchema).min(1).max(500),
  /** Editing a draft: the version it was read at. */
  version: z.number().int().optional(),
});
export type SaveSpendingDocumentRequest = z.infer<typeof SaveSpendingDocumentRequestSchema>;

export const SpendingApprovalSchema = z.object({
  personId: IdSchema,
  name: z.string(),
  at: InstantSchema,
  role: RoleSchema,
  limit: MinorUnitsSchema.nullable(),
  covers: z.boolean(),
});

export const SpendingRouteSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('approved'), approvedBy: IdSchema }),
  z.object({ state: z.literal('pending'), nextApprovers: z.array(IdSchema), reason: z.string() }),
  z.object({ state: z.literal('no-approver'), reason: z.string() }),
]);

export const SpendingDocumentSchema = z.object({
  id: IdSchema,
  kind: SpendingDocumentKindSchema,
  number: z.string(),
  vendorId: IdSchema.nullable(),
  vendorName: z.string().nullable(),
  date: CalendarDateSchema,
  currency: z.string(),
  description: z.string(),
  purchaseOrderId: IdSchema.nullable(),
  status: SpendingDocumentStatusSchema,
  requestedBy: IdSchema,
  requestedByName: z.string(),
  amount: MinorUnitsSchema,
  lines: z.array(
    z.object({
      id: z.string(),
      accountNumber: z.string(),
      episode: z.string().nullable(),
      set: z.string().nullable(),
      description: z.string(),
      amount: MinorUnitsSchema,
      liquidates: z
        .object({ purchaseOrderLineId: z.string(), amount: MinorUnitsSchema })
        .nullable(),
    }),
  ),
  version: z.number().int(),
  approvals: z.array(SpendingApprovalSchema),
  /** Submitted documents: whom it waits on. */
  route: SpendingRouteSchema.nullable(),
  transitions: z.array(SpendingTransitionSchema),
});
export type SpendingDocumentDto = z.infer<typeof SpendingDocumentSchema>;

export const SpendingDocumentListQuerySchema = z.object({
  kind: SpendingDocumentKindSchema.optional(),
  status: SpendingDocumentStatusSchema.optional(),
});
export const SpendingDocumentListSchema = z.object({
  documents: z.array(SpendingDocumentSchema.omit({ approvals: true, route: true })),
});

export const SpendingTransitionRequestSchema = z.object({
  /** The version the document was read at: a stale one is a 409. */
  version: z.number().int(),
  note: z.string().trim().max(2000).optional(),
});

export const SpendingApprovalResultSchema = z.object({
  outcome: z.enum(['approved', 'escalated']),
  document: SpendingDocumentSchema,
});

export const SpendingInboxSchema = z.object({
  documents: z.array(
    SpendingDocumentSchema.extend({
      /** The viewer is among those it is routed to now (else their limit covers it). */
      routedToViewer: z.boolean(),
      viewerCovers: z.boolean(),
    }),
  ),
});

const CostFiguresSchema = z.object({
  budget: MinorUnitsSchema,
  actualsToDate: MinorUnitsSchema,
  commitments: MinorUnitsSchema,
  estimateToComplete: MinorUnitsSchema,
  estimatedFinalCost: MinorUnitsSchema,
  variance: MinorUnitsSchema,
  changeSinceLastReport: MinorUnitsSchema.nullable(),
});

const CostRowSchema = CostFiguresSchema.extend({
  accountNumber: z.string(),
  name: z.string(),
  section: z.enum(BUDGET_SECTIONS).nullable(),
  estimateSource: z.enum(['entered', 'default']),
  overBudget: z.boolean(),
});

export const CostReportQuerySchema = z.object({ asOf: CalendarDateSchema.optional() });

export const CostReportSchema = z.object({
  currency: z.string(),
  asOf: CalendarDateSchema,
  previousAsOf: CalendarDateSchema.nullable(),
  budgetVersionId: IdSchema,
  sections: z.array(
    z.object({
      section: z.enum(BUDGET_SECTIONS),
      label: z.string(),
      rows: z.array(CostRowSchema),
      totals: CostFiguresSchema,
    }),
  ),
  unbudgeted: z.object({ rows: z.array(CostRowSchema), totals: CostFiguresSchema }),
  subtotal: CostFiguresSchema,
  items: z.array(
    CostFiguresSchema.extend({
      id: z.string(),
      name: z.string(),
      estimateSource: z.enum(['entered', 'default']),
    }),
  ),
  grandTotal: CostFiguresSchema,
  purchaseOrders: z.array(
    z.object({
      purchaseOrderId: IdSchema,
      number: z.string(),
      currency: z.string(),
      amount: MinorUnitsSchema,
      invoiced: MinorUnitsSchema,
      liquidated: MinorUnitsSchema,
      open: MinorUnitsSchema,
      overrun: MinorUnitsSchema,
    }),
  ),
  problems: z.array(z.object({ code: z.string(), documentId: IdSchema, message: z.string() })),
  overages: z.array(
    z.object({
      accountNumber: z.string(),
      name: z.string(),
      overage: MinorUnitsSchema,
      approved: MinorUnitsSchema,
      uncovered: MinorUnitsSchema,
      covered: z.boolean(),
    }),
  ),
});
export type CostReportDto = z.infer<typeof CostReportSchema>;

export const CostPostingsSchema = z.object({
  accountNumber: z.string(),
  asOf: CalendarDateSchema,
  postings: z.array(
    z.object({
      kind: z.enum(['actual', 'commitment']),
      documentId: IdSchema,
      documentKind: SpendingDocumentKindSchema,
      number: z.string(),
      date: CalendarDateSchema,
      status: SpendingDocumentStatusSchema,
      lineId: z.string(),
      description: z.string(),
      amount: MinorUnitsSchema,
    }),
  ),
});

export const SaveEstimatesRequestSchema = z.object({
  estimates: z
    .array(
      z.object({
        target: z.enum(['account', 'item']).default('account'),
        key: z.string().trim().min(1).max(40),
        /** Null: back to the default (what is left of the budget). */
        amount: NonNegativeMinorUnitsSchema.nullable(),
      }),
    )
    .min(1)
    .max(20_000),
});

export const IssueCostReportRequestSchema = z.object({ asOf: CalendarDateSchema.optional() });

export const IssuedCostReportListSchema = z.object({
  reports: z.array(
    z.object({
      id: IdSchema,
      asOf: CalendarDateSchema,
      issuedBy: IdSchema.nullable(),
      issuedAt: InstantSchema,
    }),
  ),
});

export const OverageRequestSchema = z.object({
  accountNumber: z.string().trim().min(1).max(20),
  amount: PositiveMinorUnitsSchema,
  reason: z.string().trim().min(1).max(2000),
});

export const OverageListSchema = z.object({
  overages: z.array(
    z.object({
      id: IdSchema,
      accountNumber: z.string(),
      amount: MinorUnitsSchema,
      reason: z.string(),
      requestedBy: IdSchema.nullable(),
      approvedAt: InstantSchema,
    }),
  ),
});

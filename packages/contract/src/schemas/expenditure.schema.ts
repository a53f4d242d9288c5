import { z } from 'zod';
import {
  DepartmentSchema,
  IdSchema,
  InstantSchema,
  MinorUnitsSchema,
  NonNegativeMinorUnitsSchema,
} from './common.schema.js';
import { ApprovalRequestSchema } from './authority.schema.js';

export const ExpenditureSchema = z.object({
  id: IdSchema,
  productionId: IdSchema,
  description: z.string(),
  vendor: z.string().nullable(),
  department: DepartmentSchema.nullable(),
  amount: MinorUnitsSchema,
  status: z.enum(['committed', 'pending-approval', 'rejected', 'withdrawn']),
  requestedBy: IdSchema,
  requestedByName: z.string(),
  approvalRequestId: IdSchema.nullable(),
  createdAt: InstantSchema,
});
export type ExpenditureDto = z.infer<typeof ExpenditureSchema>;

export const ExpenditureListSchema = z.object({
  expenditures: z.array(ExpenditureSchema),
  currency: z.string(),
  committedTotal: MinorUnitsSchema,
  pendingTotal: MinorUnitsSchema,
});
export type ExpenditureListDto = z.infer<typeof ExpenditureListSchema>;

export const CreateExpenditureRequestSchema = z.object({
  description: z.string().trim().min(1).max(500),
  vendor: z.string().trim().max(200).optional(),
  department: DepartmentSchema.optional(),
  amount: NonNegativeMinorUnitsSchema.refine((v) => v > 0, 'must be more than zero'),
});
export type CreateExpenditureRequest = z.infer<typeof CreateExpenditureRequestSchema>;

export const CreateExpenditureResponseSchema = z.object({
  expenditure: ExpenditureSchema,
  outcome: z.enum(['allowed', 'approval-requested']),
  rule: z.string(),
  request: ApprovalRequestSchema.nullable(),
});
export type CreateExpenditureResponse = z.infer<typeof CreateExpenditureResponseSchema>;

import { z } from 'zod';
import {
  CurrencySchema,
  IdSchema,
  InstantSchema,
  ProductionKindSchema,
  ProductionStageSchema,
  RoleSchema,
} from './common.schema.js';

const EpisodeSchema = z.object({ number: z.number().int().positive(), title: z.string().max(200) });
const SeasonSchema = z.object({
  number: z.number().int().positive(),
  episodes: z.array(EpisodeSchema).max(500),
});

export const ProductionSchema = z.object({
  id: IdSchema,
  title: z.string(),
  kind: ProductionKindSchema,
  currency: z.string(),
  timeZone: z.string(),
  stage: ProductionStageSchema,
  seasons: z.array(SeasonSchema),
  createdAt: InstantSchema,
});
export type ProductionDto = z.infer<typeof ProductionSchema>;

export const CreateProductionRequestSchema = z.object({
  title: z.string().trim().min(1).max(200),
  kind: ProductionKindSchema,
  currency: CurrencySchema.default('USD'),
  timeZone: z.string().min(1).max(64).default('America/Los_Angeles'),
  seasons: z.array(SeasonSchema).max(50).default([]),
});
export type CreateProductionRequest = z.infer<typeof CreateProductionRequestSchema>;

export const UpdateProductionRequestSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    kind: ProductionKindSchema,
    timeZone: z.string().min(1).max(64),
    seasons: z.array(SeasonSchema).max(50),
  })
  .partial();
export type UpdateProductionRequest = z.infer<typeof UpdateProductionRequestSchema>;

export const ChangeStageRequestSchema = z.object({
  to: ProductionStageSchema,
  note: z.string().max(2000).optional(),
  override: z
    .object({ reason: z.string().trim().min(1, 'say why').max(2000) })
    .optional()
    .describe(
      'Greenlight despite the gate (no approved budget, or closed financing short of it): only whoever holds the final financial say may, and the reason goes into the audit log',
    ),
});
export type ChangeStageRequest = z.infer<typeof ChangeStageRequestSchema>;

/** One card of the portfolio: a production the user holds a role on. */
export const PortfolioEntrySchema = z.object({
  production: ProductionSchema,
  myRoles: z.array(RoleSchema),
  pendingApprovals: z
    .number()
    .int()
    .nonnegative()
    .describe('Requests on this production waiting for a decision'),
  awaitingMe: z.number().int().nonnegative().describe('Of those, the ones the user may decide'),
});
export const PortfolioSchema = z.object({ productions: z.array(PortfolioEntrySchema) });
export type PortfolioDto = z.infer<typeof PortfolioSchema>;

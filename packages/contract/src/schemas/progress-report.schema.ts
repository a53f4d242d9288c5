import { z } from 'zod';
import { BUDGET_SECTIONS } from '@greenlight/domain';
import { CalendarDateSchema } from './common.schema.js';

const money = z.number().int();

export const ProgressReportQuerySchema = z.object({ asOf: CalendarDateSchema.optional() });

const VarianceSchema = z.object({
  accountNumber: z.string(),
  name: z.string(),
  section: z.enum(BUDGET_SECTIONS).nullable(),
  budget: money,
  estimatedFinalCost: money,
  variance: money,
});

/** The weekly progress report for the executive producer and financiers (issue 6), amounts in minor units. */
export const ProgressReportSchema = z.object({
  currency: z.string(),
  asOf: CalendarDateSchema,
  previousAsOf: CalendarDateSchema.nullable(),
  headline: z.array(z.string()),
  totals: z.object({
    budget: money,
    actualsToDate: money,
    commitments: money,
    estimatedFinalCost: money,
    variance: money,
    changeSinceLastReport: money.nullable(),
    spentBp: z.number().int().nullable(),
  }),
  spend: z.array(
    z.object({
      weekStarting: CalendarDateSchema,
      through: CalendarDateSchema,
      actuals: money,
      actualsAndCommitments: money,
    }),
  ),
  undatedActuals: money,
  overBudget: z.array(VarianceSchema),
  underBudget: z.array(VarianceSchema),
  sections: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      budget: money,
      estimatedFinalCost: money,
      variance: money,
    }),
  ),
  cash: z
    .object({
      closedFinancing: money.nullable(),
      drawnToDate: money.nullable(),
      spentToDate: money,
      committedToDate: money,
      cashInHand: money.nullable(),
      estimatedFinalCost: money,
      fundingShortfall: money.nullable(),
      problem: z.string().nullable(),
    })
    .nullable(),
  schedule: z.object({
    state: z.enum(['not-scheduled', 'before-shooting', 'shooting', 'wrapped']),
    plannedDays: z.number().int(),
    shotDays: z.number().int(),
    remainingDays: z.number().int(),
    plannedEighths: z.number().int(),
    shotEighths: z.number().int(),
    firstShootDay: CalendarDateSchema.nullable(),
    wrapDate: CalendarDateSchema.nullable(),
    /** To one decimal once production reports exist (the production report's days ahead). */
    daysAheadOrBehind: z.number().nullable(),
    basis: z.enum(['board', 'production-reports']),
    standing: z
      .object({
        date: CalendarDateSchema,
        dayNumber: z.number().int(),
        totalDays: z.number().int(),
        scenesPlannedToDate: z.number().int(),
        scenesShotToDate: z.number().int(),
        eighthsPlannedToDate: z.number().int(),
        eighthsShotToDate: z.number().int(),
        eighthsAhead: z.number().int(),
        daysAhead: z.number(),
        verdict: z.enum(['ahead', 'on schedule', 'behind']),
      })
      .nullable(),
    daysWithoutReport: z.array(CalendarDateSchema),
  }),
});
export type ProgressReportDto = z.output<typeof ProgressReportSchema>;

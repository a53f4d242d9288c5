import { z } from 'zod';
import type { ProductionReport, ProductionReportEntry } from '@greenlight/domain';
import {
  CalendarDateSchema,
  ProductionReportEntrySchema,
  ProductionReportSchema,
} from '@greenlight/contract';

// The effects of production report actions, as data (see action-effect.ts). Each names the version of the
// day's report it started from, so an approval after someone changed the day is a conflict. A signature
// carries the report exactly as the signer was shown it; when it was asked for, the request's id says who
// approved it, and so who signed.

export const PRODUCTION_REPORT_EFFECT_SCHEMAS = [
  z.object({
    kind: z.literal('save-production-report'),
    date: CalendarDateSchema,
    /** The version the report was loaded at; 0 for a day not reported yet. */
    version: z.number().int().min(0),
    // Checked by the contract's schema, typed as the domain's (readonly) entry.
    entry: z.custom<ProductionReportEntry>(
      (value) => ProductionReportEntrySchema.safeParse(value).success,
    ),
    by: z.uuid(),
  }),
  z.object({
    kind: z.literal('production-report-step'),
    step: z.enum(['submit', 'sign', 'correct']),
    date: CalendarDateSchema,
    version: z.number().int().min(0),
    /** The report as it was signed; null for the other steps. */
    report: z
      .custom<ProductionReport>((value) => ProductionReportSchema.safeParse(value).success)
      .nullable(),
    /** The approval request the step was routed through, if it was. */
    requestId: z.uuid().nullable(),
    by: z.uuid(),
  }),
] as const;

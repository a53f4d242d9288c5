import { z } from 'zod';
import {
  CalendarDateSchema,
  CurrencySchema,
  DepartmentSchema,
  IdSchema,
  InstantSchema,
  MinorUnitsSchema,
  NonNegativeMinorUnitsSchema,
} from './common.schema.js';

// Timecards. Times are minutes after the midnight that starts the call date (07:30 is 450; a wrap at 01:30
// the next morning is 1530), as the labour engine reads them; the web app shows them as HH:MM.

const Minute = z.number().int().min(0).max(2880);

export const TimecardDayKindSchema = z.enum(['work', 'travel', 'holiday', 'idle']);
export const TimecardStatusSchema = z.enum(['draft', 'in-approval', 'approved']);
export const TimecardStepIdSchema = z.enum([
  'crew-member',
  'department-head',
  'production-manager',
  'production-accountant',
]);

export const TimecardDaySchema = z.object({
  date: CalendarDateSchema,
  kind: TimecardDayKindSchema,
  call: Minute.nullable(),
  /** First meal, then second meal; at most two. */
  meals: z.array(z.object({ out: Minute, in: Minute })).max(2),
  wrap: Minute.nullable(),
});
export type TimecardDayDto = z.infer<typeof TimecardDaySchema>;

export const LabourRateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('hourly'),
    currency: CurrencySchema,
    perHour: NonNegativeMinorUnitsSchema,
  }),
  z.object({
    kind: z.literal('daily'),
    currency: CurrencySchema,
    perDay: NonNegativeMinorUnitsSchema,
    /** The minutes the day rate pays through the day's ladder ("$450/10": 600). */
    guaranteedMinutes: z.number().int().min(1).max(1440),
  }),
]);

export const LabourAgreementSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number().int(),
  jurisdiction: z.string(),
  union: z.string().nullable(),
  covers: z.enum(['crew', 'cast', 'everyone']),
  currency: CurrencySchema,
  sources: z.array(z.string()),
});
export const LabourAgreementListSchema = z.object({
  agreements: z.array(LabourAgreementSummarySchema),
});

export const LabourDealSchema = z.object({
  agreementId: z.string().min(1),
  agreementYear: z.number().int(),
  rate: LabourRateSchema,
  /** Whose department head signs the cards; null for cast. */
  department: DepartmentSchema.nullable(),
  title: z.string().trim().max(120),
  accountNumber: z.string().trim().min(1, 'name the budget account').max(40),
});
export type LabourDealDto = z.infer<typeof LabourDealSchema>;

export const LabourDealListSchema = z.object({
  /** Everyone on the team, with their deal or null. */
  people: z.array(
    z.object({
      personId: IdSchema,
      name: z.string(),
      deal: LabourDealSchema.nullable(),
      /** 0 while the person has no deal. */
      version: z.number().int().min(0),
    }),
  ),
  mayEdit: z.boolean(),
});

export const SaveLabourDealRequestSchema = LabourDealSchema.extend({
  version: z.number().int().min(0),
});

export const PayLineSchema = z.object({
  date: CalendarDateSchema,
  kind: z.string(),
  /** The kind in words ("Overtime", "Meal penalty"). */
  label: z.string(),
  minutes: z.number().int(),
  ratePerHour: MinorUnitsSchema,
  /** Thousandths (1.5× is 1500); null for a flat amount. */
  multiplier: z.number().int().nullable(),
  amount: MinorUnitsSchema,
  rule: z.object({
    agreementId: z.string(),
    clauseId: z.string(),
    words: z.string(),
    source: z.string(),
  }),
  note: z.string(),
});
export type PayLineDto = z.infer<typeof PayLineSchema>;

export const ComputedTimecardSchema = z.object({
  currency: CurrencySchema,
  days: z.array(
    z.object({
      date: CalendarDateSchema,
      workedMinutes: z.number().int(),
      paidMinutes: z.number().int(),
      amount: MinorUnitsSchema,
    }),
  ),
  lines: z.array(PayLineSchema),
  workedMinutes: z.number().int(),
  paidMinutes: z.number().int(),
  amount: MinorUnitsSchema,
  findings: z.array(z.object({ date: CalendarDateSchema, code: z.string(), message: z.string() })),
});

export const TimecardStepSchema = z.object({
  id: TimecardStepIdSchema,
  label: z.string(),
  signedBy: z.string().nullable(),
  signedAt: InstantSchema.nullable(),
});

export const TimecardSchema = z.object({
  personId: IdSchema,
  name: z.string(),
  weekStart: CalendarDateSchema,
  /** 0 while the week has no card. */
  version: z.number().int().min(0),
  status: TimecardStatusSchema,
  days: z.array(TimecardDaySchema),
  deal: z
    .object({
      title: z.string(),
      department: DepartmentSchema.nullable(),
      accountNumber: z.string(),
      agreementName: z.string(),
    })
    .nullable(),
  steps: z.array(TimecardStepSchema),
  nextStep: z.object({ id: TimecardStepIdSchema, label: z.string() }).nullable(),
  returned: z.object({ by: z.string(), at: InstantSchema, reason: z.string() }).nullable(),
  /** The pay lines with the rule that produced each; null when the week cannot be worked out yet. */
  computed: ComputedTimecardSchema.nullable(),
  /** Why it cannot be worked out (no deal, times out of order), in words. */
  problem: z.string().nullable(),
  /** What the caller may do with the card now. */
  may: z.object({ edit: z.boolean(), sign: z.boolean(), return: z.boolean() }),
});
export type TimecardDto = z.infer<typeof TimecardSchema>;

export const TimecardWeekSchema = z.object({
  weekStart: CalendarDateSchema,
  cards: z.array(
    z.object({
      personId: IdSchema,
      name: z.string(),
      title: z.string(),
      department: DepartmentSchema.nullable(),
      /** `none`: the person has a deal but no card for the week. */
      status: z.enum(['none', 'draft', 'in-approval', 'approved']),
      version: z.number().int().min(0),
      nextStep: z.string().nullable(),
      /** The week's pay as computed now; null when it cannot be worked out. */
      amount: MinorUnitsSchema.nullable(),
      currency: CurrencySchema.nullable(),
      /** The caller signs the step the card waits on. */
      waitingOnMe: z.boolean(),
    }),
  ),
  mayExportPayroll: z.boolean(),
  mayEditDeals: z.boolean(),
  mayEnterForOthers: z.boolean(),
});
export type TimecardWeekDto = z.infer<typeof TimecardWeekSchema>;

export const SaveTimecardRequestSchema = z.object({
  version: z.number().int().min(0),
  days: z.array(TimecardDaySchema).max(7),
});
export const SignTimecardRequestSchema = z.object({ version: z.number().int().min(1) });
export const ReturnTimecardRequestSchema = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1, 'say why').max(2000),
});
export const PayrollQuerySchema = z.object({ weekStart: CalendarDateSchema });
export const TimecardWeekQuerySchema = z.object({ weekStart: CalendarDateSchema });

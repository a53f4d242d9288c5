import { z } from 'zod';
import {
  CalendarDateSchema,
  LabourDealSchema,
  TimecardDaySchema,
  TimecardStepIdSchema,
} from '@greenlight/contract';

// The effects of timecard actions, as data (see action-effect.ts). Each names the version of the deal or
// the card it started from, so a signature or a save on a card that moved on is a conflict, and each is
// checked again against the approval chain when it is applied.

export const TIMECARD_EFFECT_SCHEMAS = [
  z.object({
    kind: z.literal('save-labour-deal'),
    personId: z.uuid(),
    deal: LabourDealSchema,
    version: z.number().int().min(0),
    by: z.uuid(),
  }),
  z.object({
    kind: z.literal('save-timecard'),
    personId: z.uuid(),
    weekStart: CalendarDateSchema,
    version: z.number().int().min(0),
    days: z.array(TimecardDaySchema),
    by: z.uuid(),
  }),
  z.object({
    kind: z.literal('sign-timecard'),
    personId: z.uuid(),
    weekStart: CalendarDateSchema,
    version: z.number().int().min(1),
    step: TimecardStepIdSchema,
    by: z.uuid(),
  }),
  z.object({
    kind: z.literal('return-timecard'),
    personId: z.uuid(),
    weekStart: CalendarDateSchema,
    version: z.number().int().min(1),
    reason: z.string(),
    by: z.uuid(),
  }),
] as const;

import { z } from 'zod';
import type { CallSheet } from '@greenlight/domain';
import { CalendarDateSchema, CallSheetDetailsSchema, CallSheetSchema } from '@greenlight/contract';

// The effects of call sheet actions, as data (see action-effect.ts). A save names the version of the day's
// details it started from; a publication carries the sheet exactly as the publisher saw it and the version
// of the details it was built from, so an approval after someone changed the day is a conflict, not a
// different sheet going out under the publisher's name.

export const CALL_SHEET_EFFECT_SCHEMAS = [
  z.object({
    kind: z.literal('save-call-sheet'),
    date: CalendarDateSchema,
    /** The version the details were loaded at; 0 for a day not saved yet. */
    version: z.number().int().min(0),
    details: CallSheetDetailsSchema,
    by: z.uuid(),
  }),
  z.object({
    kind: z.literal('publish-call-sheet'),
    date: CalendarDateSchema,
    detailsVersion: z.number().int().min(0),
    // Checked by the contract's schema, typed as the domain's (readonly) sheet.
    sheet: z.custom<CallSheet>((value) => CallSheetSchema.safeParse(value).success),
    /** Where the publisher reached the server: the confirmation links in the emails start with it. */
    origin: z.string(),
    by: z.uuid(),
  }),
] as const;

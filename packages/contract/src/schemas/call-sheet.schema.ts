import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from './common.schema.js';
import { DoodCodeSchema } from './schedule.schema.js';

// Call sheets: what the production office enters for a shoot day (`CallSheetDetails`), the sheet built from
// it and the schedule (`CallSheet`), its issues and who confirmed them.

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const ClockTimeSchema = z
  .string()
  .regex(TIME, 'a time of day as HH:MM (24-hour), such as 06:30')
  .describe('A wall-clock time HH:MM (24-hour) in the production’s time zone');

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

export const GeoPointSchema = z
  .object({
    latitude: z
      .number()
      .min(-90, 'a latitude from -90 to 90')
      .max(90, 'a latitude from -90 to 90')
      .describe('Degrees north (south negative)'),
    longitude: z
      .number()
      .min(-180, 'a longitude from -180 to 180')
      .max(180, 'a longitude from -180 to 180')
      .describe('Degrees east (west negative)'),
  })
  .describe('Where a location is, for sunrise, sunset and the map link');

export const CallSheetLocationSchema = z.object({
  name: text(200).min(1, 'a location needs a name'),
  address: text(500).default(''),
  parking: text(500).default('').describe('Crew parking and basecamp'),
  point: GeoPointSchema.nullable().default(null),
  sets: z.array(text(200)).max(50).default([]).describe('The sets shot there'),
});

export const HospitalSchema = z.object({
  name: text(200).min(1, 'the hospital needs a name'),
  address: text(500).default(''),
  phone: text(50).default(''),
});

export const CastCallSchema = z.object({
  castNumber: z.number().int().min(1),
  pickup: ClockTimeSchema.nullable().default(null),
  hairMakeup: ClockTimeSchema.nullable().default(null),
  wardrobe: ClockTimeSchema.nullable().default(null),
  onSet: ClockTimeSchema.nullable()
    .default(null)
    .describe('Null: the shooting call (or the crew call when there is none)'),
  note: text(500).default(''),
});

export const BackgroundCallSchema = z.object({
  description: text(200).min(1, 'say who the background are'),
  count: z.number().int().min(0).max(10_000),
  call: ClockTimeSchema,
});

export const CrewCallSchema = z.object({
  department: text(100).min(1, 'a crew call needs a department'),
  position: text(100).default(''),
  name: text(200).default(''),
  call: ClockTimeSchema.nullable().default(null).describe('Null: the general crew call'),
});

/** What the production office enters for a day; every list may be empty. */
export const CallSheetDetailsSchema = z.object({
  generalCrewCall: ClockTimeSchema,
  shootingCall: ClockTimeSchema.nullable().default(null),
  weather: text(500).default('').describe('As forecast, in words'),
  locations: z.array(CallSheetLocationSchema).max(20).default([]),
  nearestHospital: HospitalSchema.nullable().default(null),
  castCalls: z
    .array(CastCallSchema)
    .max(500)
    .default([])
    .refine(
      (calls) => new Set(calls.map((c) => c.castNumber)).size === calls.length,
      'each cast number may be called once',
    ),
  background: z.array(BackgroundCallSchema).max(100).default([]),
  crewCalls: z.array(CrewCallSchema).max(1000).default([]),
  notes: text(4000).default(''),
  safety: text(4000).default(''),
});
export type CallSheetDetailsDto = z.infer<typeof CallSheetDetailsSchema>;

export const SaveCallSheetRequestSchema = z.object({
  version: z
    .number()
    .int()
    .min(0)
    .describe('The version the details were loaded at (0 for a day not saved yet)'),
  details: CallSheetDetailsSchema,
});
export type SaveCallSheetRequest = z.infer<typeof SaveCallSheetRequestSchema>;

export const PublishCallSheetRequestSchema = z.object({
  version: z
    .number()
    .int()
    .min(0)
    .describe(
      'The version of the details the publisher is looking at: publishing is refused (409) if they changed since',
    ),
});
export type PublishCallSheetRequest = z.infer<typeof PublishCallSheetRequestSchema>;

const CallSheetSceneSchema = z.object({
  sceneId: z.string(),
  number: z.string(),
  set: z.string(),
  intExt: z.enum(['INT', 'EXT', 'INT/EXT']).nullable(),
  time: z.string().nullable(),
  eighths: z.number().int(),
  castNumbers: z.array(z.number().int()),
  description: z.string(),
});

const LocalDateTimeSchema = z.string().describe('A wall-clock date and time, 2027-01-14T06:58');

/** The built call sheet, as printed. */
export const CallSheetSchema = z.object({
  productionTitle: z.string(),
  dayNumber: z.number().int(),
  totalDays: z.number().int(),
  date: CalendarDateSchema,
  generalCrewCall: ClockTimeSchema,
  shootingCall: ClockTimeSchema.nullable(),
  weather: z.string(),
  sun: z
    .discriminatedUnion('kind', [
      z.object({
        kind: z.literal('rises-and-sets'),
        sunrise: LocalDateTimeSchema,
        sunset: LocalDateTimeSchema,
        daylightMinutes: z.number().int(),
      }),
      z.object({ kind: z.literal('midnight-sun') }),
      z.object({ kind: z.literal('polar-night') }),
    ])
    .nullable()
    .describe('At the first placed location; null when none is placed'),
  locations: z.array(
    z.object({
      name: z.string(),
      address: z.string(),
      parking: z.string(),
      point: GeoPointSchema.nullable(),
      sets: z.array(z.string()),
      mapLink: z.string().nullable(),
    }),
  ),
  nearestHospital: z
    .object({ name: z.string(), address: z.string(), phone: z.string() })
    .nullable(),
  scenes: z.array(CallSheetSceneSchema),
  eighths: z.number().int(),
  cast: z.array(
    z.object({
      castNumber: z.number().int(),
      character: z.string(),
      performer: z.string().nullable(),
      status: DoodCodeSchema,
      pickup: ClockTimeSchema.nullable(),
      hairMakeup: ClockTimeSchema.nullable(),
      wardrobe: ClockTimeSchema.nullable(),
      onSet: ClockTimeSchema,
      note: z.string(),
    }),
  ),
  background: z.array(
    z.object({ description: z.string(), count: z.number().int(), call: ClockTimeSchema }),
  ),
  crewCalls: z.array(
    z.object({
      department: z.string(),
      position: z.string(),
      name: z.string(),
      call: ClockTimeSchema.nullable(),
    }),
  ),
  notes: z.string(),
  safety: z.string(),
  advance: z.array(
    z.object({
      dayNumber: z.number().int(),
      date: CalendarDateSchema,
      scenes: z.array(CallSheetSceneSchema),
      eighths: z.number().int(),
    }),
  ),
});
export type CallSheetDto = z.infer<typeof CallSheetSchema>;

export const CallSheetRecipientSchema = z.object({
  id: IdSchema,
  personId: IdSchema.nullable(),
  name: z.string(),
  email: z.string(),
  status: z
    .enum(['sending', 'sent', 'failed', 'confirmed'])
    .describe('sending: not handed to the mail server yet; failed: see sendError'),
  sentAt: InstantSchema.nullable(),
  sendError: z.string().nullable(),
  confirmedAt: InstantSchema.nullable(),
});
export type CallSheetRecipientDto = z.infer<typeof CallSheetRecipientSchema>;

export const CallSheetIssueSchema = z.object({
  id: IdSchema,
  revision: z.number().int().describe('1 for the first issue, 2 for the first revision…'),
  publishedAt: InstantSchema,
  publishedBy: z.string().nullable().describe('The name of who published it'),
  changes: z.array(z.string()).describe('What this issue changed since the one before'),
  recipients: z.array(CallSheetRecipientSchema),
  confirmed: z.number().int(),
});
export type CallSheetIssueDto = z.infer<typeof CallSheetIssueSchema>;

/** One shoot day's call sheet: the details as saved (or the defaults), the sheet built now, the last issue. */
export const CallSheetDaySchema = z.object({
  date: CalendarDateSchema,
  dayNumber: z.number().int(),
  totalDays: z.number().int(),
  details: CallSheetDetailsSchema,
  version: z
    .number()
    .int()
    .describe('0 while the day has not been saved (the details are defaults)'),
  updatedAt: InstantSchema.nullable(),
  updatedBy: z.string().nullable(),
  sheet: CallSheetSchema,
  latest: CallSheetIssueSchema.nullable(),
  changesSinceLatest: z
    .array(z.string())
    .describe('What publishing now would list as changed since the latest issue; empty when none'),
});
export type CallSheetDayDto = z.infer<typeof CallSheetDaySchema>;

export const CallSheetStatusSchema = z.enum(['none', 'draft', 'published']);

export const CallSheetListSchema = z.object({
  boardId: IdSchema.nullable().describe('The shooting board the days come from; null while none'),
  days: z.array(
    z.object({
      date: CalendarDateSchema,
      dayNumber: z.number().int(),
      status: CallSheetStatusSchema.describe(
        'none: nothing entered; draft: details saved, never published; published: see revision',
      ),
      revision: z.number().int().nullable(),
      publishedAt: InstantSchema.nullable(),
      editedSincePublished: z
        .boolean()
        .describe('The details were saved after the latest issue went out'),
      recipients: z.number().int(),
      confirmed: z.number().int(),
    }),
  ),
});
export type CallSheetListDto = z.infer<typeof CallSheetListSchema>;

/** A confirmation link's secret: anything is looked up by its hash, so a malformed one is the same 404. */
export const CallSheetTokenSchema = z.string().min(1).max(128);

import { z } from 'zod';
import { CalendarDateSchema, InstantSchema } from './common.schema.js';
import { DoodCodeSchema } from './schedule.schema.js';

// Daily production reports: what is entered for a shoot day (`ProductionReportEntry`), the report built from
// it, the day's call sheet and the board (`ProductionReport`), and where each day's report stands.

const TIME = /^([01]\d|2\d):[0-5]\d$/;
export const ReportTimeSchema = z
  .string()
  .regex(TIME, 'a time of day as HH:MM, such as 06:30 (after midnight: 25:30)')
  .describe(
    'A wall-clock time HH:MM of the shoot day in the production’s time zone; after midnight 24:00 to 29:59',
  );

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const count = (max: number) => z.number().int().min(0).max(max);
const time = ReportTimeSchema.nullable().default(null);

export const SceneShotStatusSchema = z.enum(['completed', 'part-shot', 'not-shot']);

export const SceneShotSchema = z.object({
  sceneId: z.string().min(1),
  status: SceneShotStatusSchema,
  eighthsShot: count(10_000).describe('Of the scene’s pages, in eighths, shot today'),
  secondsShot: count(100_000).describe('Screen time shot today, in seconds'),
  setups: count(1000),
  retakes: count(1000).default(0),
});

export const CastTimesSchema = z.object({
  castNumber: z.number().int().min(1),
  pickup: time,
  arrived: time,
  makeup: time,
  onSet: time,
  firstMealOut: time,
  firstMealIn: time,
  secondMealOut: time,
  secondMealIn: time,
  wrap: time.describe('Dismissed from set'),
  returned: time.describe('Back at the hotel or base'),
});

export const UnitTimesSchema = z.object({
  crewCall: time,
  firstShot: time,
  firstMealOut: time,
  firstMealIn: time,
  secondMealOut: time,
  secondMealIn: time,
  cameraWrap: time,
  companyWrap: time.describe('The last person out'),
});

const CrewCountSchema = z.object({
  department: text(100).min(1, 'a crew count needs a department'),
  count: count(10_000),
});
const DelaySchema = z.object({
  minutes: z
    .number()
    .int()
    .min(1, 'a delay of at least a minute')
    .max(24 * 60),
  reason: text(500).min(1, 'say what caused the delay'),
});
const IncidentSchema = z.object({
  time,
  description: text(2000).min(1, 'describe the incident'),
});

/** What is entered for a day; every list may be empty. */
export const ProductionReportEntrySchema = z.object({
  times: UnitTimesSchema,
  scenes: z.array(SceneShotSchema).max(500).default([]),
  cast: z.array(CastTimesSchema).max(500).default([]),
  crew: z.array(CrewCountSchema).max(100).default([]),
  background: count(100_000).default(0),
  cameraRolls: text(500).default(''),
  soundRolls: text(500).default(''),
  delays: z.array(DelaySchema).max(100).default([]),
  incidents: z.array(IncidentSchema).max(100).default([]),
  notes: text(8000).default(''),
});
export type ProductionReportEntryDto = z.infer<typeof ProductionReportEntrySchema>;

const ReportVersionSchema = z
  .number()
  .int()
  .min(0)
  .describe('The version the report was loaded at (0 for a day not reported yet); stale is a 409');

export const SaveProductionReportRequestSchema = z.object({
  version: ReportVersionSchema,
  entry: ProductionReportEntrySchema,
});
export type SaveProductionReportRequest = z.infer<typeof SaveProductionReportRequestSchema>;

export const PreviewProductionReportRequestSchema = z.object({
  entry: ProductionReportEntrySchema,
});
export type PreviewProductionReportRequest = z.infer<typeof PreviewProductionReportRequestSchema>;

/** Submitting, signing or starting a correction names the version the person is looking at. */
export const ProductionReportStepRequestSchema = z.object({ version: ReportVersionSchema });
export type ProductionReportStepRequest = z.infer<typeof ProductionReportStepRequestSchema>;

const TotalsLineSchema = z.object({
  scenes: z.number().int(),
  eighths: z.number().int(),
  seconds: z.number().int(),
});

/** The built report, as printed. */
export const ProductionReportSchema = z.object({
  productionTitle: z.string(),
  dayNumber: z.number().int(),
  totalDays: z.number().int(),
  date: CalendarDateSchema,
  plannedCrewCall: z.string(),
  plannedShootingCall: z.string().nullable(),
  times: UnitTimesSchema,
  scenes: z.array(
    SceneShotSchema.extend({
      number: z.string(),
      set: z.string(),
      intExt: z.enum(['INT', 'EXT', 'INT/EXT']).nullable(),
      time: z.string().nullable(),
      eighths: z.number().int(),
      planned: z.boolean().describe('On the day’s call sheet (false: added on the day)'),
    }),
  ),
  today: z.object({
    scenesPlanned: z.number().int(),
    eighthsPlanned: z.number().int(),
    completed: z.number().int(),
    partShot: z.number().int(),
    notShot: z.number().int(),
    added: z.number().int(),
    eighthsShot: z.number().int(),
    secondsShot: z.number().int(),
    setups: z.number().int(),
    retakes: z.number().int(),
  }),
  totals: z.object({
    script: TotalsLineSchema.describe('The whole script; screen time estimated at a minute a page'),
    previously: TotalsLineSchema,
    today: TotalsLineSchema,
    toDate: TotalsLineSchema,
    remaining: TotalsLineSchema,
    setupsPreviously: z.number().int(),
    setupsToDate: z.number().int(),
  }),
  schedule: z.object({
    scenesPlannedToDate: z.number().int(),
    scenesShotToDate: z.number().int(),
    eighthsPlannedToDate: z.number().int(),
    eighthsShotToDate: z.number().int(),
    eighthsAhead: z.number().int().describe('Shot minus planned: positive ahead, negative behind'),
    daysAhead: z.number().describe('The same in shoot days of the board’s average length'),
    verdict: z.enum(['ahead', 'on schedule', 'behind']),
  }),
  cast: z.array(
    CastTimesSchema.extend({
      character: z.string(),
      performer: z.string().nullable(),
      status: DoodCodeSchema,
    }),
  ),
  crew: z.array(CrewCountSchema),
  crewTotal: z.number().int(),
  background: z.number().int(),
  cameraRolls: z.string(),
  soundRolls: z.string(),
  delays: z.array(DelaySchema),
  delayMinutes: z.number().int(),
  incidents: z.array(IncidentSchema),
  notes: z.string(),
});
export type ProductionReportDto = z.infer<typeof ProductionReportSchema>;

export const ProductionReportStatusSchema = z.enum(['none', 'draft', 'submitted', 'signed']);
export type ProductionReportStatusDto = z.infer<typeof ProductionReportStatusSchema>;

/** One shoot day's report: what was entered (or the defaults), the report built now, where it stands. */
export const ProductionReportDaySchema = z.object({
  date: CalendarDateSchema,
  dayNumber: z.number().int(),
  totalDays: z.number().int(),
  status: ProductionReportStatusSchema,
  revision: z.number().int().describe('0 while nothing is saved; 2 and on for corrections'),
  version: z
    .number()
    .int()
    .describe('0 while the day has not been saved (the entry is the defaults)'),
  entry: ProductionReportEntrySchema,
  report: ProductionReportSchema.describe('As signed, once signed; else built now'),
  scriptScenes: z
    .array(
      z.object({
        sceneId: z.string(),
        number: z.string(),
        set: z.string(),
        eighths: z.number().int(),
      }),
    )
    .describe('Every scene of the script in board order, for scenes added on the day'),
  callSheetRevision: z
    .number()
    .int()
    .nullable()
    .describe('The issue of the call sheet the report is built from; null: not published'),
  updatedAt: InstantSchema.nullable(),
  updatedBy: z.string().nullable(),
  submittedAt: InstantSchema.nullable(),
  submittedBy: z.string().nullable(),
  signedAt: InstantSchema.nullable(),
  signedBy: z.string().nullable().describe('The name of who signed it'),
});
export type ProductionReportDayDto = z.infer<typeof ProductionReportDaySchema>;

export const ProductionReportListSchema = z.object({
  boardId: z.string().nullable().describe('The shooting board the days come from; null while none'),
  days: z.array(
    z.object({
      date: CalendarDateSchema,
      dayNumber: z.number().int(),
      status: ProductionReportStatusSchema.describe(
        'none: nothing entered; draft: being filled in; submitted: waiting for signature; signed: the record',
      ),
      revision: z.number().int(),
      signedAt: InstantSchema.nullable(),
    }),
  ),
});
export type ProductionReportListDto = z.infer<typeof ProductionReportListSchema>;

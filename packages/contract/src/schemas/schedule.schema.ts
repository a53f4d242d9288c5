import { z } from 'zod';
import {
  CalendarDateSchema,
  IdSchema,
  InstantSchema,
  NonNegativeMinorUnitsSchema,
} from './common.schema.js';

// ---- Strips and the calendar -------------------------------------------------------------------------------

const stripId = z.string().min(1).max(64);
export const StripSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scene'), id: stripId, sceneId: IdSchema }),
  z.object({ kind: z.literal('day-break'), id: stripId }),
  z.object({ kind: z.literal('banner'), id: stripId, text: z.string().trim().min(1).max(200) }),
  z.object({ kind: z.literal('off-day'), id: stripId, reason: z.string().trim().min(1).max(200) }),
]);
export type StripDto = z.infer<typeof StripSchema>;

export const WeekdaySchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
  z.literal(7),
]);

export const ShootCalendarSchema = z.object({
  firstShootDay: CalendarDateSchema,
  workingWeekdays: z
    .array(WeekdaySchema)
    .min(1, 'the company works at least one day a week')
    .describe('ISO weekdays: 1 = Monday … 7 = Sunday'),
  holidays: z.array(
    z.object({ date: CalendarDateSchema, name: z.string().trim().min(1).max(100) }),
  ),
  daysOff: z.array(CalendarDateSchema),
});

export const ScheduleSettingsSchema = z.object({
  calendar: ShootCalendarSchema,
  maxEighthsPerDay: z.number().int().min(1).max(400).describe('Most a shoot day holds, in eighths'),
  companyMoveCost: NonNegativeMinorUnitsSchema.describe('Cost of returning to a set already left'),
  dropPickupAfterDays: z.number().int().min(0).max(365).nullable(),
  sceneOrder: z
    .array(z.tuple([IdSchema, IdSchema]))
    .max(1000)
    .describe('[before, after] scene ids that must be shot in that order'),
  castAvailability: z
    .array(
      z.object({
        castNumber: z.number().int().min(1),
        availableFrom: CalendarDateSchema.nullable(),
        availableUntil: CalendarDateSchema.nullable(),
        unavailable: z.array(CalendarDateSchema),
      }),
    )
    .max(500)
    .describe('When cast members can work (start and drop dates, blocked dates)'),
  locationAvailability: z
    .array(
      z.object({
        set: z.string().min(1),
        availableFrom: CalendarDateSchema.nullable(),
        availableUntil: CalendarDateSchema.nullable(),
      }),
    )
    .max(500)
    .describe('When a set’s shooting location can be used'),
  sameDay: z
    .array(z.array(IdSchema).min(2).max(50))
    .max(500)
    .describe('Groups of scene ids that must be shot on the same shoot day'),
  maxMinutesPerDay: z
    .number()
    .int()
    .min(30)
    .max(24 * 60)
    .nullable()
    .describe('Most shooting time a day holds, in minutes; null when only pages count'),
  sceneMinutes: z
    .record(
      IdSchema,
      z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
    )
    .describe('Estimated shooting time per scene id, in minutes'),
  crewCall: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM (24-hour)')
    .nullable()
    .describe('The usual crew call, HH:MM in the production’s time zone'),
  version: z.number().int(),
  saved: z.boolean().describe('False while the production still runs on the defaults'),
});
export type ScheduleSettingsDto = z.infer<typeof ScheduleSettingsSchema>;

export const UpdateScheduleSettingsRequestSchema = ScheduleSettingsSchema.omit({
  version: true,
  saved: true,
}).extend({
  version: z.number().int().optional(),
  // Rules added after the first release default to "none", so older clients' bodies still parse.
  sameDay: ScheduleSettingsSchema.shape.sameDay.default([]),
  maxMinutesPerDay: ScheduleSettingsSchema.shape.maxMinutesPerDay.default(null),
  sceneMinutes: ScheduleSettingsSchema.shape.sceneMinutes.default({}),
  crewCall: ScheduleSettingsSchema.shape.crewCall.default(null),
});
export type UpdateScheduleSettingsRequest = z.infer<typeof UpdateScheduleSettingsRequestSchema>;

// ---- Boards --------------------------------------------------------------------------------------------

export const StripboardKindSchema = z.enum(['shooting', 'what-if']);
export const ProductionUnitSchema = z.enum(['main', 'second']);

export const BoardSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: StripboardKindSchema,
  unit: ProductionUnitSchema,
  locked: z.boolean(),
  version: z.number().int(),
  sceneCount: z.number().int(),
  shootDays: z.number().int(),
  updatedAt: InstantSchema,
});
export type BoardSummaryDto = z.infer<typeof BoardSummarySchema>;
export const BoardListSchema = z.object({ boards: z.array(BoardSummarySchema) });

export const BoardSceneSchema = z.object({
  id: IdSchema,
  number: z.string(),
  heading: z.string(),
  intExt: z.enum(['INT', 'EXT', 'INT/EXT']).nullable(),
  set: z.string(),
  time: z.string().nullable(),
  dayNight: z.enum(['day', 'night']),
  eighths: z.number().int(),
  pages: z.string(),
  castNumbers: z.array(z.number().int()),
  synopsis: z.string().nullable(),
  shootingLocation: z.string().nullable(),
  stripColour: z.object({ label: z.string(), colour: z.string() }),
});
export type BoardSceneDto = z.infer<typeof BoardSceneSchema>;

export const BoardDaySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('shoot'),
    dayNumber: z.number().int(),
    date: CalendarDateSchema,
    sceneIds: z.array(IdSchema),
    banners: z.array(z.string()),
    eighths: z.number().int(),
    pages: z.string(),
    castNumbers: z.array(z.number().int()),
    sets: z.array(z.string()),
    overLimit: z.boolean().describe('More eighths than the production’s maximum per day'),
  }),
  z.object({
    kind: z.literal('off'),
    date: CalendarDateSchema,
    reason: z.string(),
    stripId: z.string(),
  }),
]);
export type BoardDayDto = z.infer<typeof BoardDaySchema>;

export const CastDaysSchema = z.object({
  castNumber: z.number().int(),
  name: z.string(),
  firstDay: z.number().int().nullable(),
  lastDay: z.number().int().nullable(),
  workDays: z.number().int(),
  holdDays: z.number().int(),
  dailyRate: z.number().int(),
  cost: z.number().int(),
});
export const ScheduleExplanationSchema = z.object({
  cast: z.array(CastDaysSchema),
  shootDays: z.number().int(),
  workDays: z.number().int(),
  holdDays: z.number().int(),
  castCost: z.number().int(),
});
export type ScheduleExplanationDto = z.infer<typeof ScheduleExplanationSchema>;

export const BoardSchema = BoardSummarySchema.extend({
  strips: z.array(StripSchema),
  scenes: z.array(BoardSceneSchema).describe('Every scene on the board, by id (in script order)'),
  days: z.array(BoardDaySchema),
  unscheduled: z.object({ sceneIds: z.array(IdSchema), eighths: z.number().int() }),
  conflicts: z
    .array(
      z.object({
        kind: z.enum([
          'over-limit',
          'scene-order',
          'cast-unavailable',
          'location-unavailable',
          'turnaround',
          'same-day',
          'over-hours',
        ]),
        dayNumber: z.number().int(),
        date: CalendarDateSchema,
        sceneIds: z.array(z.string()),
        message: z.string(),
      }),
    )
    .describe('Where the board breaks the production’s rules'),
  missingSceneIds: z
    .array(IdSchema)
    .describe('Scenes of the current draft that are not on this board (added by a revision)'),
  unknownSceneIds: z
    .array(z.string())
    .describe('Strips naming scenes the current draft no longer has (omitted by a revision)'),
  explanation: ScheduleExplanationSchema,
  maxEighthsPerDay: z.number().int(),
  currency: z.string(),
});
export type BoardDto = z.infer<typeof BoardSchema>;

export const CreateBoardRequestSchema = z.object({
  name: z.string().trim().min(1).max(120),
  kind: StripboardKindSchema,
  unit: ProductionUnitSchema.default('main'),
  copyFrom: IdSchema.optional().describe('Start from this board’s strips instead of script order'),
});
export type CreateBoardRequest = z.input<typeof CreateBoardRequestSchema>;

export const UpdateBoardRequestSchema = z
  .object({
    version: z.number().int(),
    strips: z.array(StripSchema).max(5000).optional(),
    locked: z.boolean().optional(),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .refine(
    (b) => b.strips !== undefined || b.locked !== undefined || b.name !== undefined,
    'nothing to change',
  );
export type UpdateBoardRequest = z.infer<typeof UpdateBoardRequestSchema>;

export const OptimizeBoardRequestSchema = z.object({
  timeLimitSeconds: z.number().min(0.2).max(60).default(5),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
});
export type OptimizeBoardRequest = z.input<typeof OptimizeBoardRequestSchema>;

export const OptimizeBoardResponseSchema = z.object({
  boardId: IdSchema,
  version: z.number().int().describe('The board version the proposal was made from'),
  strips: z.array(StripSchema).describe('The proposed board: accept it by saving these strips'),
  days: z.array(BoardDaySchema),
  optimal: z.boolean().describe('The order is proven the cheapest for the optimizer’s model'),
  elapsedMs: z.number(),
  before: ScheduleExplanationSchema,
  after: ScheduleExplanationSchema,
  castCostSaved: z.number().int(),
  holdDaysSaved: z.number().int(),
  shootDaysSaved: z.number().int(),
  conflicts: z
    .object({ before: z.number().int(), after: z.number().int() })
    .describe(
      'Rules broken (cast and location availability, scene order, same day, limits, turnaround)',
    ),
  companyMoves: z.object({ before: z.number().int(), after: z.number().int() }),
  costSaved: z
    .number()
    .int()
    .describe(
      'What the proposal saves in all: the cast’s pay and company moves (negative: it costs more)',
    ),
});
export type OptimizeBoardResponseDto = z.infer<typeof OptimizeBoardResponseSchema>;

export const OptimizeJobSchema = z.object({
  id: IdSchema,
  boardId: IdSchema,
  status: z
    .enum(['running', 'finished', 'failed'])
    .describe('Running until the time limit, a proof or a stop; then the proposal, or the error'),
  cancelled: z
    .boolean()
    .describe('Someone pressed stop: the proposal is the best found until then'),
  elapsedMs: z.number().int(),
  timeLimitMs: z.number().int(),
  progress: z
    .object({
      cost: z
        .number()
        .int()
        .describe('The best board so far: what it pays the cast, plus its company moves'),
      conflicts: z.number().int().describe('The best board so far: rules it still breaks'),
      elapsedMs: z.number().int(),
    })
    .nullable()
    .describe('The best found so far; null until the first is found'),
  proposal: OptimizeBoardResponseSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type OptimizeJobDto = z.infer<typeof OptimizeJobSchema>;

export const UpdateCastDetailsRequestSchema = z
  .object({
    dailyRate: NonNegativeMinorUnitsSchema.nullable().optional(),
    personId: IdSchema.nullable().optional(),
  })
  .refine((c) => c.dailyRate !== undefined || c.personId !== undefined, 'nothing to change');
export type UpdateCastDetailsRequest = z.infer<typeof UpdateCastDetailsRequestSchema>;

// ---- Day out of days -------------------------------------------------------------------------------------

export const DoodCodeSchema = z.enum([
  'SW',
  'W',
  'WF',
  'SWF',
  'PW',
  'PWF',
  'H',
  'D',
  'TR',
  'R',
  'FT',
  'holiday',
  '',
]);
export const DayOutOfDaysSchema = z.object({
  boardId: IdSchema,
  days: z.array(
    z.object({
      date: CalendarDateSchema,
      weekday: z.number().int(),
      kind: z.enum(['shoot', 'holiday', 'day-off', 'weekend', 'no-shoot']),
      dayNumber: z.number().int().nullable(),
      label: z.string(),
    }),
  ),
  shootDayCount: z.number().int(),
  rows: z.array(
    z.object({
      elementId: IdSchema,
      castNumber: z.number().int().nullable(),
      name: z.string(),
      cells: z.array(DoodCodeSchema),
      start: CalendarDateSchema.nullable(),
      finish: CalendarDateSchema.nullable(),
      totals: z.object({
        work: z.number().int(),
        hold: z.number().int(),
        holiday: z.number().int(),
        travel: z.number().int(),
        rehearsal: z.number().int(),
        fitting: z.number().int(),
        idle: z.number().int(),
        drops: z.number().int(),
        span: z.number().int(),
      }),
    }),
  ),
});
export type DayOutOfDaysDto = z.infer<typeof DayOutOfDaysSchema>;

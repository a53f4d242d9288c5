import type { Instant } from '../../shared/calendar-date.js';
import type { MinorUnits } from '../../shared/money.js';
import type { PersonId, ProductionId } from '../../shared/ids.js';
import type { ShootCalendar } from '../calendar/shoot-calendar.js';
import type { Strip } from '../stripboard/strip.js';
import type { CastAvailability, LocationAvailability } from './check-board.js';

/** The shooting board (one per unit: what call sheets and the day out of days follow) or a what-if. */
export type StripboardKind = 'shooting' | 'what-if';
export const STRIPBOARD_KINDS: readonly StripboardKind[] = ['shooting', 'what-if'];

export type ProductionUnit = 'main' | 'second';
export const PRODUCTION_UNITS: readonly ProductionUnit[] = ['main', 'second'];

/** A stripboard as the production keeps it: its strips in board order, saved whole with a version. */
export type StripboardRecord = {
  readonly id: string;
  readonly productionId: ProductionId;
  readonly name: string;
  readonly kind: StripboardKind;
  readonly unit: ProductionUnit;
  /** A locked board changes only through `schedule.change-locked-board` (the UPM signs it off). */
  readonly locked: boolean;
  readonly strips: readonly Strip[];
  readonly version: number;
  readonly createdBy: PersonId | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
};

/** How a production schedules: its calendar and the rules the board and the optimizer follow. */
export type ScheduleSettings = {
  readonly calendar: ShootCalendar;
  /** The most a shoot day holds, in eighths of a page (40 = five pages). */
  readonly maxEighthsPerDay: number;
  /** What returning to a set already left costs (a company move), for the optimizer. */
  readonly companyMoveCost: MinorUnits;
  /** A gap longer than this many days drops and picks up a cast member instead of holding; null never. */
  readonly dropPickupAfterDays: number | null;
  /** `[before, after]` scene ids: scenes that must be shot in that order. */
  readonly sceneOrder: readonly (readonly [string, string])[];
  /** When cast members can work; the board flags days that break it. */
  readonly castAvailability: readonly CastAvailability[];
  /** When sets' shooting locations can be used. */
  readonly locationAvailability: readonly LocationAvailability[];
  /** Groups of scene ids that must be shot on the same shoot day (a oner split over two sets, say). */
  readonly sameDay: readonly (readonly string[])[];
  /** The most shooting time a day holds, in minutes (600 = a ten-hour day); null when only pages count. */
  readonly maxMinutesPerDay: number | null;
  /** The first AD's estimate of each scene's shooting time in minutes, by scene id, where one was given. */
  readonly sceneMinutes: Readonly<Record<string, number>>;
  /** The usual crew call, `HH:MM` in the production's time zone; null until someone sets it. */
  readonly crewCall: string | null;
  readonly version: number;
};

/** Five pages a day, no company-move cost, the ten-day drop rule. */
export const DEFAULT_MAX_EIGHTHS_PER_DAY = 40;

/** What the schedule needs about a cast member beyond the breakdown: their rate and who plays them. */
export type CastDetails = {
  readonly elementId: string;
  readonly dailyRate: MinorUnits | null;
  readonly personId: PersonId | null;
};

import type { ShootCalendar } from '../calendar/shoot-calendar.js';
import type { ScheduledCast } from './cast-days.js';
import type { BoardRules } from './check-board.js';

/** What the board packer and the optimizer need of a scene. */
export type PackableScene = {
  readonly id: string;
  readonly eighths: number;
  readonly castNumbers: readonly number[];
  readonly set: string;
};

/** Everything a board needs besides its scenes: whose days are paid, when, and by which rules. */
export type BoardContext = {
  readonly cast: readonly ScheduledCast[];
  readonly calendar: ShootCalendar;
  readonly rules: BoardRules;
  /** Minor units paid for each return to a set already left (a company move). */
  readonly companyMoveCost: number;
  /** Off days after so many shoot days (`offDayPositions` of the board): they take working dates. */
  readonly offDaysAfter?: readonly number[];
};

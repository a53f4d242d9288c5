import type { ScheduleExplanation } from '../schedule/board/cast-days.js';
import { QUANTITY_SCALE, type Quantity } from './quantity.js';
import type { ScheduleLink } from './schedule-link.js';

/** What the schedule says, as the budget needs it: whole shoot days and each cast member's days. */
export type ScheduleFacts = {
  readonly shootDays: number;
  /** By cast number. A cast member missing here is not in the schedule. */
  readonly castWorkDays: ReadonlyMap<number, number>;
  /** By cast number; a scheduled cast member missing here has no hold days. */
  readonly castHoldDays: ReadonlyMap<number, number>;
};

/** The facts of a board's explanation (`explainSchedule`): shoot days, work and hold days per cast. */
export const scheduleFactsFromExplanation = (explanation: ScheduleExplanation): ScheduleFacts => ({
  shootDays: explanation.shootDays,
  castWorkDays: new Map(explanation.cast.map((cast) => [cast.castNumber, cast.workDays])),
  castHoldDays: new Map(explanation.cast.map((cast) => [cast.castNumber, cast.holdDays])),
});

/** The quantity the schedule gives a link, or null when the cast member is not in the schedule. */
export const scheduledQuantity = (facts: ScheduleFacts, link: ScheduleLink): Quantity | null => {
  const days = (value: number): Quantity => (value * QUANTITY_SCALE) as Quantity;
  switch (link.kind) {
    case 'shoot-days':
      return days(facts.shootDays);
    case 'cast-work-days': {
      const work = facts.castWorkDays.get(link.castNumber);
      return work === undefined ? null : days(work);
    }
    case 'cast-hold-days':
      return facts.castWorkDays.has(link.castNumber)
        ? days(facts.castHoldDays.get(link.castNumber) ?? 0)
        : null;
  }
};

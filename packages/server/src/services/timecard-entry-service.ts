import type { z } from 'zod';
import type { SaveTimecardRequestSchema } from '@greenlight/contract';
import {
  calendarDate,
  timecardEntryAction,
  type ActionId,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import { mustFind, personOf, readOnly, type ServiceContext } from './service-context.js';
import { takeAction, type TakeActionResult } from './take-action.js';

/**
 * Saves a week's days: your own card is `timecard.enter`, anyone else's the production office's
 * `timecard.enter-for-others`, decided first. The deal, the week and the times (in order, inside the week)
 * are checked when the effect applies, inside the transaction, against the card as it is then.
 */
export const saveTimecard = async (
  context: ServiceContext,
  productionId: ProductionId,
  personIdText: string,
  weekStartText: string,
  body: z.infer<typeof SaveTimecardRequestSchema>,
  declare: (action: ActionId) => ActionId,
): Promise<TakeActionResult> => {
  const personId = personIdText as PersonId;
  const repos = readOnly(context.deps);
  const person = mustFind(await repos.people.get(personId), 'person');
  const weekStart = calendarDate(weekStartText);
  const deal = await repos.timecards.getDeal(productionId, personId);
  return takeAction(context, {
    productionId,
    action: declare(timecardEntryAction(personOf(context), personId)),
    ...(deal?.department ? { department: deal.department } : {}),
    summary: `Enter the timecard of ${person.name} for the week of ${weekStart}`,
    details: { personId, weekStart },
    buildEffect: async () => ({
      kind: 'save-timecard',
      personId,
      weekStart,
      version: body.version,
      days: body.days,
      by: personOf(context),
    }),
  });
};

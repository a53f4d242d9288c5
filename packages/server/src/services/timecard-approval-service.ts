import type { z } from 'zod';
import type { ReturnTimecardRequestSchema, SignTimecardRequestSchema } from '@greenlight/contract';
import {
  calendarDate,
  DEFAULT_TIMECARD_APPROVAL_CHAIN,
  DomainError,
  nextTimecardStep,
  signTimecard,
  returnTimecard,
  TIMECARD_STEP_ACTIONS,
  timecardApprovalSteps,
  type ActionId,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import type { StoredTimecard } from '@greenlight/db';
import {
  mustFind,
  personOf,
  readOnly,
  snapshotOf,
  todayFor,
  type ServiceContext,
} from './service-context.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { timecardSubject } from './timecard-context.js';
import { stepAllowed } from './timecard-permissions.js';

type Declare = (action: ActionId) => ActionId;

const loadCard = async (
  context: ServiceContext,
  productionId: ProductionId,
  personId: PersonId,
  weekStartText: string,
) => {
  const { deps } = context;
  const repos = readOnly(deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const person = mustFind(await repos.people.get(personId), 'person');
  const card: StoredTimecard = mustFind(
    await repos.timecards.getCard(productionId, personId, calendarDate(weekStartText)),
    'timecard',
  );
  const deal = await repos.timecards.getDeal(productionId, personId);
  const snapshot = await snapshotOf(deps.database.kysely, productionId);
  const subject = timecardSubject(personId, deal, snapshot.assignments);
  return { production, person, card, deal, snapshot, subject, today: todayFor(deps, production) };
};

const staleVersion = (): DomainError =>
  new DomainError(
    'conflict',
    'The timecard was signed or changed since it was loaded; load it again',
  );

/**
 * Signs the step the card waits on. The step's matrix action is decided (and audited) like any action;
 * the chain's own rules (the person signs first and only they do, nobody signs twice or their own card,
 * steps in order) are checked here first, so a refusal says which, and again when the signature is stored.
 */
export const signTimecardStep = async (
  context: ServiceContext,
  productionId: ProductionId,
  personIdText: string,
  weekStartText: string,
  body: z.infer<typeof SignTimecardRequestSchema>,
  declare: Declare,
): Promise<TakeActionResult> => {
  const personId = personIdText as PersonId;
  const { person, card, deal, snapshot, subject } = await loadCard(
    context,
    productionId,
    personId,
    weekStartText,
  );
  if (card.version !== body.version) throw staleVersion();
  const step = nextTimecardStep(DEFAULT_TIMECARD_APPROVAL_CHAIN, subject, card.approval);
  if (step === null) {
    throw new DomainError('conflict', 'This timecard is approved; it takes no more signatures');
  }
  const signer = { personId: personOf(context), assignments: snapshot.assignments };
  const check = signTimecard(
    DEFAULT_TIMECARD_APPROVAL_CHAIN,
    subject,
    card.approval,
    signer,
    context.deps.clock.now(),
  );
  if (!check.ok) throw check.error;
  return takeAction(context, {
    productionId,
    action: declare(TIMECARD_STEP_ACTIONS[step.id]),
    ...(deal?.department ? { department: deal.department } : {}),
    summary: `Sign the timecard of ${person.name} for the week of ${card.weekStart} (${step.label.toLowerCase()})`,
    details: { personId, weekStart: card.weekStart, step: step.id },
    buildEffect: async () => ({
      kind: 'sign-timecard',
      personId,
      weekStart: card.weekStart,
      version: body.version,
      step: step.id,
      by: personOf(context),
    }),
  });
};

/**
 * Sends a card in approval back with a reason, as the first step still to sign whose action the caller
 * holds (a department head returns as the department step, the UPM as the production step).
 */
export const returnTimecardToPerson = async (
  context: ServiceContext,
  productionId: ProductionId,
  personIdText: string,
  weekStartText: string,
  body: z.infer<typeof ReturnTimecardRequestSchema>,
  declare: Declare,
): Promise<TakeActionResult> => {
  const personId = personIdText as PersonId;
  const { person, card, deal, snapshot, subject, today } = await loadCard(
    context,
    productionId,
    personId,
    weekStartText,
  );
  if (card.version !== body.version) throw staleVersion();
  const by = personOf(context);
  const check = returnTimecard(
    DEFAULT_TIMECARD_APPROVAL_CHAIN,
    subject,
    card.approval,
    { personId: by, assignments: snapshot.assignments },
    body.reason,
    context.deps.clock.now(),
  );
  if (!check.ok) throw check.error;
  const waiting = timecardApprovalSteps(DEFAULT_TIMECARD_APPROVAL_CHAIN, subject).slice(
    card.approval.signatures.length,
  );
  const as = waiting.find((step) => stepAllowed(snapshot, by, step, today, subject)) ?? waiting[0];
  if (as === undefined) throw new DomainError('conflict', 'The timecard waits on nobody');
  return takeAction(context, {
    productionId,
    action: declare(TIMECARD_STEP_ACTIONS[as.id]),
    ...(deal?.department ? { department: deal.department } : {}),
    summary: `Send back the timecard of ${person.name} for the week of ${card.weekStart}: ${body.reason}`,
    details: { personId, weekStart: card.weekStart, reason: body.reason },
    buildEffect: async () => ({
      kind: 'return-timecard',
      personId,
      weekStart: card.weekStart,
      version: body.version,
      reason: body.reason,
      by,
    }),
  });
};

import type { TimecardWeekDto } from '@greenlight/contract';
import {
  calendarDate,
  decide,
  DEFAULT_TIMECARD_APPROVAL_CHAIN,
  mayViewTimecard,
  NEW_TIMECARD_APPROVAL,
  nextTimecardStep,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import {
  mustFind,
  personOf,
  readOnly,
  snapshotOf,
  todayFor,
  type ServiceContext,
} from './service-context.js';
import { agreementOrNull, payOfCard, timecardSubject } from './timecard-context.js';
import { timecardMay } from './timecard-permissions.js';

const STATUS_ORDER = { none: 0, draft: 1, 'in-approval': 2, approved: 3 } as const;

/**
 * The week's cards the caller may see: their own, their department's for a department head, everyone's
 * (with a deal) for the production office and accounting; each with whose signature it waits on, its pay
 * as computed now, and whether it waits on the caller.
 */
export const timecardWeek = async (
  context: ServiceContext,
  productionId: ProductionId,
  weekStartText: string,
): Promise<TimecardWeekDto> => {
  const { deps } = context;
  const repos = readOnly(deps);
  const weekStart = calendarDate(weekStartText);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const [snapshot, people, deals, cards] = await Promise.all([
    snapshotOf(deps.database.kysely, productionId),
    repos.people.listByProduction(productionId),
    repos.timecards.listDeals(productionId),
    repos.timecards.listCards(productionId, weekStart),
  ]);
  const today = todayFor(deps, production);
  const now = deps.clock.now();
  const viewer = personOf(context);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const dealOf = new Map(deals.map((d) => [d.personId, d]));
  const cardOf = new Map(cards.map((c) => [c.personId, c]));
  // Everyone with a deal or a card this week (a card outlives a deal taken away).
  const personIds = [...new Set<PersonId>([...dealOf.keys(), ...cardOf.keys()])];
  const allows = (action: 'payroll.export' | 'labour.deals' | 'timecard.enter-for-others') =>
    decide(snapshot, viewer, action, { today }).outcome === 'allow';
  const rows: TimecardWeekDto['cards'] = [];
  for (const personId of personIds) {
    const deal = dealOf.get(personId) ?? null;
    const subject = timecardSubject(personId, deal, snapshot.assignments);
    if (!mayViewTimecard(snapshot, viewer, subject, today)) continue;
    const card = cardOf.get(personId) ?? null;
    const approval = card?.approval ?? NEW_TIMECARD_APPROVAL;
    const agreement = agreementOrNull(deal);
    let amount: number | null = null;
    if (card !== null && deal !== null && agreement !== null && card.days.length > 0) {
      const computed = await payOfCard(repos, productionId, agreement, deal, card);
      if (computed.ok) amount = computed.value.amount;
    }
    const next = nextTimecardStep(DEFAULT_TIMECARD_APPROVAL_CHAIN, subject, approval);
    rows.push({
      personId,
      name: names.get(personId) ?? 'Someone',
      title: deal?.title ?? '',
      department: deal?.department ?? null,
      status: card === null ? 'none' : approval.status,
      version: card?.version ?? 0,
      nextStep: card === null ? null : (next?.label ?? null),
      amount,
      currency: deal?.rate.currency ?? null,
      waitingOnMe:
        card !== null &&
        amount !== null &&
        timecardMay(snapshot, viewer, subject, approval, today, now).sign,
    });
  }
  rows.sort(
    (a, b) =>
      Number(b.waitingOnMe) - Number(a.waitingOnMe) ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      a.name.localeCompare(b.name),
  );
  return {
    weekStart,
    cards: rows,
    mayExportPayroll: allows('payroll.export'),
    mayEditDeals: allows('labour.deals'),
    mayEnterForOthers: allows('timecard.enter-for-others'),
  };
};

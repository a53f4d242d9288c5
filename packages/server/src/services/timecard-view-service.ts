import type { TimecardDto } from '@greenlight/contract';
import {
  calendarDate,
  DEFAULT_TIMECARD_APPROVAL_CHAIN,
  DomainError,
  mayViewTimecard,
  nextTimecardStep,
  NEW_TIMECARD_APPROVAL,
  PAY_LINE_KIND_LABELS,
  timecardApprovalSteps,
  type ComputedTimecard,
  type PersonId,
  type ProductionId,
  type Result,
} from '@greenlight/domain';
import {
  mustFind,
  personOf,
  readOnly,
  snapshotOf,
  todayFor,
  type ServiceContext,
} from './service-context.js';
import {
  agreementOrNull,
  payOfCard,
  mustBeWorkweekStart,
  timecardSubject,
} from './timecard-context.js';
import { timecardMay } from './timecard-permissions.js';

/** The engine's result as the API sends it (the pay lines keep their rule; each kind gets its words). */
export const computedToDto = (
  computed: ComputedTimecard,
): NonNullable<TimecardDto['computed']> => ({
  currency: computed.currency,
  days: computed.days.map((d) => ({
    date: d.date,
    workedMinutes: d.workedMinutes,
    paidMinutes: d.paidMinutes,
    amount: d.amount,
  })),
  lines: computed.lines.map((line) => ({
    date: line.date,
    kind: line.kind,
    label: PAY_LINE_KIND_LABELS[line.kind],
    minutes: line.minutes,
    ratePerHour: line.ratePerHour,
    multiplier: line.multiplier,
    amount: line.amount,
    rule: { ...line.rule },
    note: line.note,
  })),
  workedMinutes: computed.workedMinutes,
  paidMinutes: computed.paidMinutes,
  amount: computed.amount,
  findings: computed.findings.map((f) => ({ ...f })),
});

/**
 * One person's week as its viewer may see it: the days, the pay worked out now, the chain with who signed,
 * and what the viewer may do. Pay is private: only the person, their department head and the production
 * office see a card.
 */
export const timecardView = async (
  context: ServiceContext,
  productionId: ProductionId,
  personIdText: string,
  weekStartText: string,
): Promise<TimecardDto> => {
  const { deps } = context;
  const repos = readOnly(deps);
  const personId = personIdText as PersonId;
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const person = mustFind(await repos.people.get(personId), 'person');
  const snapshot = await snapshotOf(deps.database.kysely, productionId);
  const today = todayFor(deps, production);
  const deal = await repos.timecards.getDeal(productionId, personId);
  const subject = timecardSubject(personId, deal, snapshot.assignments);
  const viewer = personOf(context);
  if (!mayViewTimecard(snapshot, viewer, subject, today)) {
    throw new DomainError(
      'forbidden',
      'A timecard is seen by the person, their department head and the production office',
    );
  }
  const agreement = agreementOrNull(deal);
  const weekStart =
    agreement === null
      ? calendarDate(weekStartText)
      : mustBeWorkweekStart(agreement, weekStartText);
  const card = await repos.timecards.getCard(productionId, personId, weekStart);
  const approval = card?.approval ?? NEW_TIMECARD_APPROVAL;
  const days = card?.days ?? [];
  let computed: Result<ComputedTimecard> | null = null;
  let problem: string | null = null;
  if (deal === null || agreement === null) {
    problem = 'No deal yet: the production office sets the agreement, rate and account first';
  } else if (card === null || days.length === 0) {
    problem = 'No days entered for this week yet';
  } else {
    computed = await payOfCard(repos, productionId, agreement, deal, card);
    if (!computed.ok) problem = computed.error.message;
  }
  const people = await repos.people.listByProduction(productionId);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const chain = DEFAULT_TIMECARD_APPROVAL_CHAIN;
  const next = nextTimecardStep(chain, subject, approval);
  const may = timecardMay(snapshot, viewer, subject, approval, today, deps.clock.now());
  return {
    personId,
    name: person.name,
    weekStart,
    version: card?.version ?? 0,
    status: approval.status,
    days: days.map((d) => ({ ...d, meals: d.meals.map((m) => ({ ...m })) })),
    deal:
      deal === null
        ? null
        : {
            title: deal.title,
            department: deal.department,
            accountNumber: deal.accountNumber,
            agreementName: agreement?.name ?? deal.agreementId,
          },
    steps: timecardApprovalSteps(chain, subject).map((step) => {
      const signature = approval.signatures.find((s) => s.step === step.id);
      return {
        id: step.id,
        label: step.label,
        signedBy: signature === undefined ? null : (names.get(signature.personId) ?? 'Someone'),
        signedAt: signature?.at ?? null,
      };
    }),
    nextStep: next === null ? null : { id: next.id, label: next.label },
    returned:
      approval.returned === null
        ? null
        : {
            by: names.get(approval.returned.by) ?? 'Someone',
            at: approval.returned.at,
            reason: approval.returned.reason,
          },
    computed: computed?.ok ? computedToDto(computed.value) : null,
    problem,
    may: { ...may, edit: may.edit && deal !== null, sign: may.sign && computed?.ok === true },
  };
};

import {
  calendarDate,
  currencyCode,
  DEFAULT_TIMECARD_APPROVAL_CHAIN,
  DomainError,
  minorUnits,
  nextTimecardStep,
  postLabourActuals,
  returnTimecard,
  signTimecard,
  timecardWeekProblem,
  type Instant,
  type JsonValue,
  type LabourDeal,
  type PersonId,
  type Production,
  type TimecardDay,
} from '@greenlight/domain';
import type { Repositories, StoredTimecard } from '@greenlight/db';
import type { ActionEffect } from './action-effect.js';
import {
  computeStoredCard,
  daysOutsideWeek,
  mustBeWorkweekStart,
  mustHaveDeal,
  timecardSubject,
} from './timecard-context.js';
import { labourDealFromDto, timecardDaysFromDto } from './timecard-dto.js';

type TimecardEffect = Extract<
  ActionEffect,
  { kind: 'save-labour-deal' | 'save-timecard' | 'sign-timecard' | 'return-timecard' }
>;

const stale = (): DomainError =>
  new DomainError(
    'conflict',
    'The timecard was signed or changed since it was loaded; load it again',
  );

const mustFindCard = async (
  repos: Repositories,
  production: Production,
  personId: PersonId,
  weekStart: string,
  version: number,
): Promise<StoredTimecard> => {
  const card = await repos.timecards.getCard(production.id, personId, calendarDate(weekStart));
  if (card === null) throw new DomainError('not-found', 'No such timecard');
  if (card.version !== version) throw stale();
  return card;
};

/** Saves a deal or a card's days, signs a card's next step (posting its pay when that approves it), or returns it. */
export const applyTimecardEffect = async (
  repos: Repositories,
  production: Production,
  effect: TimecardEffect,
  now: Instant,
): Promise<JsonValue> => {
  const by = effect.by as PersonId;
  switch (effect.kind) {
    case 'save-labour-deal': {
      const deal: LabourDeal = labourDealFromDto(effect.personId as PersonId, effect.deal);
      const saved = await repos.timecards.saveDeal({
        productionId: production.id,
        deal,
        expectedVersion: effect.version,
        by,
        now,
      });
      return { personId: saved.personId, version: saved.version };
    }
    case 'save-timecard': {
      const personId = effect.personId as PersonId;
      const { deal, agreement } = await mustHaveDeal(repos, production.id, personId);
      const weekStart = mustBeWorkweekStart(agreement, effect.weekStart);
      const days: TimecardDay[] = timecardDaysFromDto(effect.days);
      const outside = daysOutsideWeek(weekStart, days);
      if (outside !== null) throw outside;
      if (days.length > 0) {
        const problem = timecardWeekProblem(agreement, days, deal.rate, null);
        if (problem !== null) throw problem;
      }
      const card = await repos.timecards.getCard(production.id, personId, weekStart);
      if ((card?.version ?? 0) !== effect.version) throw stale();
      if (card !== null && card.approval.status !== 'draft') {
        throw new DomainError(
          'conflict',
          card.approval.status === 'approved'
            ? 'An approved timecard is final; correct it with a new card'
            : 'The timecard is signed and waiting for approval: it is sent back before it changes',
        );
      }
      const saved = await repos.timecards.saveDays({
        productionId: production.id,
        personId,
        weekStart,
        days,
        expectedVersion: effect.version,
        by,
        now,
      });
      return { weekStart: saved.weekStart, version: saved.version };
    }
    case 'sign-timecard': {
      const personId = effect.personId as PersonId;
      const card = await mustFindCard(
        repos,
        production,
        personId,
        effect.weekStart,
        effect.version,
      );
      const { deal, agreement } = await mustHaveDeal(repos, production.id, personId);
      const assignments = await repos.assignments.listByProduction(production.id);
      const subject = timecardSubject(personId, deal, assignments);
      const chain = DEFAULT_TIMECARD_APPROVAL_CHAIN;
      if (nextTimecardStep(chain, subject, card.approval)?.id !== effect.step) throw stale();
      const computed = await computeStoredCard(
        repos,
        production.id,
        agreement,
        deal,
        personId,
        card.weekStart,
        card.days,
      );
      if (!computed.ok) throw computed.error;
      const signed = signTimecard(
        chain,
        subject,
        card.approval,
        { personId: by, assignments },
        now,
      );
      if (!signed.ok) throw signed.error;
      const saved = await repos.timecards.saveApproval({
        timecardId: card.id,
        expectedVersion: card.version,
        approval: signed.value,
        approvedPay: computed.value,
        by,
        now,
      });
      // The last signature approves the card: its pay becomes actuals of the budget in the same transaction.
      if (signed.value.status === 'approved') {
        const posted = postLabourActuals([
          {
            personId,
            accountNumber: deal.accountNumber,
            timecard: computed.value,
            approval: signed.value,
          },
        ]);
        if (!posted.ok) throw posted.error;
        await repos.timecards.postActuals({
          productionId: production.id,
          timecardId: card.id,
          personId,
          weekStart: card.weekStart,
          currency: posted.value.currency ?? currencyCode(production.currency),
          entries: posted.value.entries,
          now,
        });
      }
      return {
        weekStart: saved.weekStart,
        version: saved.version,
        status: saved.approval.status,
        posted: signed.value.status === 'approved' ? computed.value.amount : minorUnits(0),
      };
    }
    case 'return-timecard': {
      const personId = effect.personId as PersonId;
      const card = await mustFindCard(
        repos,
        production,
        personId,
        effect.weekStart,
        effect.version,
      );
      const deal = await repos.timecards.getDeal(production.id, personId);
      const assignments = await repos.assignments.listByProduction(production.id);
      const returned = returnTimecard(
        DEFAULT_TIMECARD_APPROVAL_CHAIN,
        timecardSubject(personId, deal, assignments),
        card.approval,
        { personId: by, assignments },
        effect.reason,
        now,
      );
      if (!returned.ok) throw returned.error;
      const saved = await repos.timecards.saveApproval({
        timecardId: card.id,
        expectedVersion: card.version,
        approval: returned.value,
        by,
        now,
      });
      return { weekStart: saved.weekStart, version: saved.version, status: saved.approval.status };
    }
  }
};

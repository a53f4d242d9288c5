import type { Repositories } from '@greenlight/db';
import {
  calendarDate,
  currencyCode,
  DomainError,
  moveFinancingSource,
  type Instant,
  type JsonValue,
  type MinorUnits,
  type PersonId,
  type Production,
} from '@greenlight/domain';
import type { ActionEffect } from './action-effect.js';
import { toFinancingTerms } from './financing-dto.js';

type FinancingEffect = Extract<
  ActionEffect,
  {
    kind:
      | 'create-financing-source'
      | 'update-financing-source'
      | 'move-financing-source'
      | 'save-planned-spending';
  }
>;

/** Carries out a financing action, in the caller's transaction. */
export const applyFinancingEffect = async (
  repos: Repositories,
  production: Production,
  effect: FinancingEffect,
  now: Instant,
): Promise<JsonValue> => {
  switch (effect.kind) {
    case 'create-financing-source': {
      const { source } = effect;
      const created = await repos.financing.createSource({
        productionId: production.id,
        name: source.name,
        counterparty: source.counterparty,
        kind: source.kind,
        status: source.status,
        amount: source.amount as MinorUnits,
        currency: currencyCode(source.currency),
        terms: toFinancingTerms(source.terms),
        conditions: source.conditions,
        drawdowns: source.drawdowns.map((d) => ({ week: d.week, amount: d.amount as MinorUnits })),
        createdBy: effect.createdBy as PersonId,
        now,
      });
      return { sourceId: created.id, version: created.version };
    }
    case 'update-financing-source': {
      const { changes } = effect;
      const updated = await repos.financing.updateSource(
        effect.sourceId,
        {
          ...(changes.name === undefined ? {} : { name: changes.name }),
          ...(changes.counterparty === undefined ? {} : { counterparty: changes.counterparty }),
          ...(changes.kind === undefined ? {} : { kind: changes.kind }),
          ...(changes.amount === undefined ? {} : { amount: changes.amount as MinorUnits }),
          ...(changes.currency === undefined ? {} : { currency: currencyCode(changes.currency) }),
          ...(changes.terms === undefined ? {} : { terms: toFinancingTerms(changes.terms) }),
          ...(changes.conditions === undefined ? {} : { conditions: changes.conditions }),
          ...(changes.drawdowns === undefined
            ? {}
            : {
                drawdowns: changes.drawdowns.map((d) => ({
                  week: d.week,
                  amount: d.amount as MinorUnits,
                })),
              }),
        },
        effect.version,
        now,
      );
      return { sourceId: updated.id, version: updated.version };
    }
    case 'move-financing-source': {
      const source = await repos.financing.getSource(production.id, effect.sourceId);
      if (source === null) throw new DomainError('not-found', 'No such source of finance');
      if (source.status !== effect.from) {
        throw new DomainError(
          'conflict',
          `${source.name} is ${source.status} now, not ${effect.from}; ask again from where it is`,
          { sourceId: source.id },
        );
      }
      const moved = moveFinancingSource(source, effect.to);
      if (!moved.ok) throw moved.error;
      const updated = await repos.financing.updateSource(
        source.id,
        { status: moved.value.status },
        effect.version,
        now,
      );
      return { sourceId: updated.id, status: updated.status, version: updated.version };
    }
    case 'save-planned-spending': {
      const plan = await repos.financing.savePlan(
        production.id,
        {
          plannedSpending: effect.weeks.map((w) => w as MinorUnits),
          firstWeek: effect.firstWeek === null ? null : calendarDate(effect.firstWeek),
        },
        effect.version,
        now,
      );
      return { version: plan.version };
    }
  }
};

import type {
  CreateFinancingSourceRequest,
  FinancingPlanDto,
  MoveFinancingSourceRequest,
  UpdateFinancingSourceRequest,
  UpdatePlannedSpendingRequest,
} from '@greenlight/contract';
import type { FinancingSourceRecord } from '@greenlight/db';
import {
  cashFlow,
  CLOSED_FINANCING_STATUSES,
  convertWithRates,
  currencyCode,
  DomainError,
  financingGap,
  financingMoveAction,
  formatMoney,
  FINANCING_STATUS_LABELS,
  moveFinancingSource,
  NO_TERMS,
  type ActionId,
  type CurrencyCode,
  type MinorUnits,
  type Production,
  type ProductionId,
} from '@greenlight/domain';
import { loadFinancingContext, type FinancingContext } from './financing-context.js';
import { toFinancingSourceDto, toFinancingTerms } from './financing-dto.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { mustFind, personOf, readOnly, type ServiceContext } from './service-context.js';

type Declare = (action: ActionId) => ActionId;

/** A source's amount in the budget currency, or null when the budget's rates cannot convert it. */
const inBudgetCurrency = (
  context: FinancingContext,
  amount: MinorUnits,
  currency: CurrencyCode,
): MinorUnits | null => {
  const converted = convertWithRates(amount, currency, context.currency, context.exchangeRates);
  return converted.ok ? converted.value : null;
};

export const financingPlan = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<FinancingPlanDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const financing = await loadFinancingContext(repos, production);
  const plan = await repos.financing.getPlan(productionId);
  const { approved } = financing;
  const gap =
    approved === null
      ? null
      : financingGap({
          budgetTotal: approved.grandTotal,
          currency: approved.currency,
          exchangeRates: approved.setup.exchangeRates,
          sources: financing.sources,
        });
  return {
    budget:
      approved === null || financing.budget === null
        ? null
        : {
            budgetId: financing.budget.id,
            versionId: approved.id,
            name: financing.budget.name,
            number: approved.number,
            currency: approved.currency,
            grandTotal: approved.grandTotal,
          },
    sources: financing.sources.map((source) =>
      toFinancingSourceDto(source, inBudgetCurrency(financing, source.amount, source.currency)),
    ),
    gap:
      gap === null || !gap.ok
        ? null
        : {
            currency: gap.value.currency,
            budgetTotal: gap.value.budgetTotal,
            closed: gap.value.closed,
            committed: gap.value.committed,
            pipeline: gap.value.pipeline,
            gap: gap.value.gap,
            surplus: gap.value.surplus,
            summary: gapSummary(gap.value),
          },
    gapProblem:
      gap === null
        ? 'There is no approved budget to measure the financing against'
        : gap.ok
          ? null
          : gap.error.message,
    plannedSpending: {
      weeks: [...(plan?.plannedSpending ?? [])],
      firstWeek: plan?.firstWeek ?? null,
      version: plan?.version ?? null,
    },
  };
};

const gapSummary = (gap: {
  currency: CurrencyCode;
  budgetTotal: MinorUnits;
  closed: MinorUnits;
  gap: MinorUnits;
  surplus: MinorUnits;
}): string => {
  const money = (amount: MinorUnits) => formatMoney(amount, gap.currency);
  if (gap.gap > 0) {
    return `Closed financing of ${money(gap.closed)} leaves ${money(gap.gap)} of the approved budget of ${money(gap.budgetTotal)} to find`;
  }
  return gap.surplus > 0
    ? `Closed financing of ${money(gap.closed)} covers the approved budget of ${money(gap.budgetTotal)}, with ${money(gap.surplus)} to spare`
    : `Closed financing covers the approved budget of ${money(gap.budgetTotal)} exactly`;
};

/**
 * What closing a deal commits the production to, for signing limits (`financing.close-deal` involves
 * money): the amount in the production's currency. A currency the budget has no rate for cannot be weighed
 * against anyone's limit, so it is refused until the rate is set.
 */
const commitment = async (
  context: ServiceContext,
  production: Production,
  amount: MinorUnits,
  currency: CurrencyCode,
): Promise<MinorUnits> => {
  const financing = await loadFinancingContext(readOnly(context.deps), production);
  const converted = convertWithRates(
    amount,
    currency,
    production.currency,
    production.currency === financing.currency ? financing.exchangeRates : [],
  );
  if (!converted.ok) {
    throw new DomainError(
      'validation',
      `${converted.error.message}: add the rate to the budget's exchange rates before closing a deal in ${currency}`,
    );
  }
  return converted.value;
};

/**
 * A drawdown schedule the cash flow can use: weeks from 1, amounts that do not add up to more than the
 * source (the domain's cash-flow rule, applied to the source alone), checked before anything is decided.
 */
const checkDrawdowns = (source: {
  readonly name: string;
  readonly amount: MinorUnits;
  readonly currency: CurrencyCode;
  readonly drawdowns: readonly { readonly week: number; readonly amount: number }[];
}): void => {
  const checked = cashFlow({
    currency: source.currency,
    spending: [],
    sources: [
      {
        id: 'checked',
        name: source.name,
        kind: 'equity',
        status: 'closed',
        amount: source.amount,
        currency: source.currency,
        terms: NO_TERMS,
        conditions: [],
        drawdowns: source.drawdowns.map((d) => ({ week: d.week, amount: d.amount as MinorUnits })),
      },
    ],
    exchangeRates: [],
  });
  if (!checked.ok) throw checked.error;
};

const moneyAction = async (
  context: ServiceContext,
  production: Production,
  action: ActionId,
  amount: MinorUnits,
  currency: CurrencyCode,
): Promise<{ action: ActionId; amount?: MinorUnits }> =>
  action === 'financing.close-deal'
    ? { action, amount: await commitment(context, production, amount, currency) }
    : { action };

export const createFinancingSource = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: CreateFinancingSourceRequest,
  declare: Declare,
): Promise<TakeActionResult> => {
  const production = mustFind(
    await readOnly(context.deps).productions.get(productionId),
    'production',
  );
  const parsed = input;
  const currency = currencyCode(parsed.currency);
  checkDrawdowns({
    name: parsed.name,
    amount: parsed.amount as MinorUnits,
    currency,
    drawdowns: parsed.drawdowns ?? [],
  });
  // Recording a deal as closed (or drawn) is closing it.
  const closes = CLOSED_FINANCING_STATUSES.includes(parsed.status);
  const decided = await moneyAction(
    context,
    production,
    declare(closes ? 'financing.close-deal' : 'financing.edit-plan'),
    parsed.amount as MinorUnits,
    currency,
  );
  return takeAction(context, {
    productionId,
    ...decided,
    summary: `Add ${parsed.name} (${formatMoney(parsed.amount as MinorUnits, currency)}), ${FINANCING_STATUS_LABELS[parsed.status].toLowerCase()}`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'create-financing-source' as const,
        source: {
          name: parsed.name,
          counterparty: parsed.counterparty ?? null,
          kind: parsed.kind,
          status: parsed.status,
          amount: parsed.amount,
          currency,
          terms: {
            ...toFinancingTerms(parsed.terms ?? {}),
            credits: [...(parsed.terms?.credits ?? [])],
          },
          conditions: parsed.conditions ?? [],
          drawdowns: parsed.drawdowns ?? [],
        },
        createdBy: personOf(context),
      }),
  });
};

const mustFindSource = async (
  context: ServiceContext,
  productionId: ProductionId,
  sourceId: string,
): Promise<{ production: Production; source: FinancingSourceRecord }> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const source = mustFind(
    await repos.financing.getSource(productionId, sourceId),
    'source of finance',
  );
  return { production, source };
};

/** Changing a deal that is closed (or drawn) changes a commitment: that is closing it again. */
export const updateFinancingSource = async (
  context: ServiceContext,
  productionId: ProductionId,
  sourceId: string,
  input: UpdateFinancingSourceRequest,
  declare: Declare,
): Promise<TakeActionResult> => {
  const { production, source } = await mustFindSource(context, productionId, sourceId);
  const { version, ...changes } = input;
  checkDrawdowns({
    name: changes.name ?? source.name,
    amount: (changes.amount ?? source.amount) as MinorUnits,
    currency: currencyCode(changes.currency ?? source.currency),
    drawdowns: changes.drawdowns ?? source.drawdowns,
  });
  const closed = CLOSED_FINANCING_STATUSES.includes(source.status);
  const decided = await moneyAction(
    context,
    production,
    declare(closed ? 'financing.close-deal' : 'financing.edit-plan'),
    (changes.amount ?? source.amount) as MinorUnits,
    currencyCode(changes.currency ?? source.currency),
  );
  return takeAction(context, {
    productionId,
    ...decided,
    summary: `Change ${source.name}: ${Object.keys(changes).join(', ') || 'nothing'}`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'update-financing-source' as const,
        sourceId: source.id,
        version,
        changes,
      }),
  });
};

/** Moves a source along the pipeline; closing (into closed or drawn) is `financing.close-deal`. */
export const moveFinancing = async (
  context: ServiceContext,
  productionId: ProductionId,
  sourceId: string,
  input: MoveFinancingSourceRequest,
  declare: Declare,
): Promise<TakeActionResult> => {
  const { production, source } = await mustFindSource(context, productionId, sourceId);
  const moved = moveFinancingSource(source, input.to);
  if (!moved.ok) throw moved.error;
  const decided = await moneyAction(
    context,
    production,
    declare(financingMoveAction(source.status, input.to)),
    source.amount,
    source.currency,
  );
  return takeAction(context, {
    productionId,
    ...decided,
    summary: `${source.name} (${formatMoney(source.amount, source.currency)}): ${FINANCING_STATUS_LABELS[source.status].toLowerCase()} → ${FINANCING_STATUS_LABELS[input.to].toLowerCase()}`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'move-financing-source' as const,
        sourceId: source.id,
        from: source.status,
        to: input.to,
        version: input.version,
      }),
  });
};

export const updatePlannedSpending = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: UpdatePlannedSpendingRequest,
): Promise<TakeActionResult> =>
  takeAction(context, {
    productionId,
    action: 'financing.edit-plan',
    summary: `Plan the spending over ${input.weeks.length} weeks${input.firstWeek === null ? '' : ` from ${input.firstWeek}`}`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'save-planned-spending' as const,
        weeks: input.weeks,
        firstWeek: input.firstWeek,
        version: input.version,
      }),
  });

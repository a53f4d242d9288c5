import type { GreenlightGateDto } from '@greenlight/contract';
import type { Repositories } from '@greenlight/db';
import {
  DomainError,
  finalSayRole,
  financingGap,
  formatMoney,
  greenlightGate,
  mayOverrideGreenlightGate,
  roleLabel,
  type AuthoritySnapshot,
  type CurrencyCode,
  type GreenlightGate,
  type MinorUnits,
  type Production,
  type ProductionId,
} from '@greenlight/domain';
import { loadFinancingContext, type FinancingContext } from './financing-context.js';
import {
  mustFind,
  personOf,
  readOnly,
  snapshotOf,
  type ServiceContext,
} from './service-context.js';

export type GateAssessment = {
  readonly gate: GreenlightGate;
  readonly context: FinancingContext;
  readonly closedFinancing: MinorUnits;
};

/**
 * The greenlight gate for the production as it stands: its approved main budget against its closed
 * financing, converted with that budget's exchange rates. Financing that cannot be converted (a currency
 * without a rate) cannot be weighed, so the gate says so rather than counting it as nothing.
 */
export const assessGreenlightGate = async (
  repos: Repositories,
  production: Production,
): Promise<GateAssessment> => {
  const context = await loadFinancingContext(repos, production);
  const { current, currency } = context;
  const gap = financingGap({
    budgetTotal: current?.grandTotal ?? (0 as MinorUnits),
    currency,
    exchangeRates: context.exchangeRates,
    sources: context.sources,
  });
  if (!gap.ok && context.approved !== null) {
    throw new DomainError(
      'conflict',
      `The greenlight gate cannot weigh the financing: ${gap.error.message}; add the rate to the budget`,
    );
  }
  const closedFinancing = gap.ok ? gap.value.closed : (0 as MinorUnits);
  const gate = greenlightGate({
    currency,
    budget: current === null ? null : { status: current.status, grandTotal: current.grandTotal },
    closedFinancing,
  });
  return { gate, context, closedFinancing };
};

/** "executive producer": how the final say is named in refusals and rules. */
export const finalSayLabel = (snapshot: AuthoritySnapshot): string => {
  const label = roleLabel(finalSayRole(snapshot, 'production.greenlight'), snapshot.isSeries);
  return label.charAt(0).toLowerCase() + label.slice(1);
};

/** A refused gate as the 409 of a greenlight: every reason, and the shortfall in figures and words. */
export const refuseUnlessOpen = (
  gate: GreenlightGate,
  currency: CurrencyCode,
  finalSayLabel: string,
): void => {
  if (gate.outcome === 'open') return;
  throw new DomainError(
    'conflict',
    `The greenlight gate refuses: ${gate.reasons.map((r) => r.message).join('; ')}. Whoever holds the final financial say (the ${finalSayLabel}) may override it, with a reason.`,
    {
      gate: {
        reasons: gate.reasons.map((r) => ({ ...r })),
        shortfall: gate.shortfall,
        shortfallText: gate.shortfall === null ? null : formatMoney(gate.shortfall, currency),
        currency,
      },
    },
  );
};

export const greenlightGateView = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<GreenlightGateDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const {
    gate,
    context: financing,
    closedFinancing,
  } = await assessGreenlightGate(repos, production);
  const snapshot = await snapshotOf(context.deps.database.kysely, productionId);
  const role = finalSayRole(snapshot, 'production.greenlight');
  const current = financing.current;
  return {
    stage: production.stage,
    outcome: gate.outcome,
    currency: financing.currency,
    reasons: gate.outcome === 'open' ? [] : gate.reasons.map((r) => ({ ...r })),
    shortfall: gate.outcome === 'open' ? null : gate.shortfall,
    budget:
      current === null
        ? null
        : {
            versionId: current.id,
            name: current.name,
            status: current.status,
            grandTotal: current.grandTotal,
          },
    closedFinancing,
    finalSay: {
      role,
      label: roleLabel(role, snapshot.isSeries),
      isCaller: mayOverrideGreenlightGate(snapshot, personOf(context)),
    },
  };
};

import type {
  ChangeStageRequest,
  CreateProductionRequest,
  PortfolioDto,
  ProductionDto,
  UpdateProductionRequest,
} from '@greenlight/contract';
import {
  currencyCode,
  DomainError,
  eligibleToApprove,
  isValidTimeZone,
  PRODUCTION_STAGE_LABELS,
  stageTransitionAction,
  type Production,
  type ProductionId,
} from '@greenlight/domain';
import { greenlight } from './greenlight-service.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import {
  inTransaction,
  mustFind,
  personOf,
  readOnly,
  todayFor,
  type ServiceContext,
  snapshotOf,
} from './service-context.js';

export const toProductionDto = (p: Production): ProductionDto => ({
  id: p.id,
  title: p.title,
  kind: p.kind,
  currency: p.currency,
  timeZone: p.timeZone,
  stage: p.stage,
  seasons: p.seasons.map((s) => ({
    number: s.number,
    episodes: s.episodes.map((e) => ({ ...e })),
  })),
  createdAt: p.createdAt,
});

const checkTimeZone = (timeZone: string | undefined): void => {
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    throw new DomainError(
      'validation',
      `"${timeZone}" is not an IANA time zone (such as America/Los_Angeles)`,
    );
  }
};

/** Every production the caller holds a role on, with its pending approvals and those awaiting the caller. */
export const portfolio = async (context: ServiceContext): Promise<PortfolioDto> => {
  const { deps } = context;
  const viewer = personOf(context);
  const repos = readOnly(deps);
  const entries = await repos.productions.listForPerson(viewer);
  const pending = await repos.approvalRequests.listPending(entries.map((e) => e.production.id));
  const productions = await Promise.all(
    entries.map(async ({ production, roles }) => {
      const mine = pending.filter((r) => r.productionId === production.id);
      let awaitingMe = 0;
      if (mine.length > 0) {
        const snapshot = await snapshotOf(deps.database.kysely, production.id);
        const today = todayFor(deps, production);
        awaitingMe = mine.filter(
          (r) => eligibleToApprove(snapshot, viewer, r, today).eligible,
        ).length;
      }
      return {
        production: toProductionDto(production),
        myRoles: [...roles],
        pendingApprovals: mine.length,
        awaitingMe,
      };
    }),
  );
  return { productions };
};

/** Starts a production in development, with the default authority matrix and the creator as its executive producer. */
export const createProduction = async (
  context: ServiceContext,
  input: CreateProductionRequest,
): Promise<ProductionDto> => {
  checkTimeZone(input.timeZone);
  const currency = currencyCode(input.currency);
  const { deps } = context;
  const personId = personOf(context);
  return inTransaction(deps, async (repos) => {
    const now = deps.clock.now();
    const production = await repos.productions.create({
      title: input.title,
      kind: input.kind,
      currency,
      timeZone: input.timeZone,
      stage: 'development',
      seasons: input.seasons,
      createdAt: now,
    });
    await repos.assignments.create({
      productionId: production.id,
      personId,
      role: 'executive-producer',
      department: null,
      reportsTo: null,
    });
    await repos.auditLog.append([
      {
        productionId: production.id,
        at: now,
        actorPersonId: personId,
        action: 'production.create',
        outcome: 'allowed',
        rule: 'Anyone may start a production in development; its creator becomes its executive producer',
        amount: null,
        approvalRequestId: null,
        details: { title: production.title },
      },
    ]);
    return toProductionDto(production);
  });
};

export const getProduction = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<ProductionDto> =>
  toProductionDto(
    mustFind(await readOnly(context.deps).productions.get(productionId), 'production'),
  );

export const updateProduction = async (
  context: ServiceContext,
  productionId: ProductionId,
  changes: UpdateProductionRequest,
): Promise<TakeActionResult> => {
  checkTimeZone(changes.timeZone);
  return takeAction(context, {
    productionId,
    action: 'production.edit',
    summary: `Edit production details (${Object.keys(changes).join(', ') || 'nothing'})`,
    buildEffect: async () => ({ kind: 'update-production', changes }),
  });
};

/**
 * Moves the stage; leaving development is the greenlight, which by default the executive producer approves,
 * and which passes the greenlight gate (see greenlight-service.ts).
 */
export const changeStage = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: ChangeStageRequest,
  declare: (
    action: 'production.greenlight' | 'production.advance-stage' | 'production.cancel',
  ) => unknown,
): Promise<TakeActionResult> => {
  const production = mustFind(
    await readOnly(context.deps).productions.get(productionId),
    'production',
  );
  const action = stageTransitionAction(production.stage, input.to);
  if (!action) {
    throw new DomainError(
      'validation',
      `A production in ${PRODUCTION_STAGE_LABELS[production.stage]} cannot move to ${PRODUCTION_STAGE_LABELS[input.to]}`,
    );
  }
  declare(action);
  if (action === 'production.greenlight') return greenlight(context, production, input);
  if (input.override !== undefined) {
    throw new DomainError('validation', 'Only the greenlight has a gate to override', {
      field: 'override',
    });
  }
  return takeAction(context, {
    productionId,
    action,
    summary: `${PRODUCTION_STAGE_LABELS[production.stage]} → ${PRODUCTION_STAGE_LABELS[input.to]}${input.note ? `: ${input.note}` : ''}`,
    buildEffect: async () => ({ kind: 'change-stage', from: production.stage, to: input.to }),
  });
};

import type {
  CreateExpenditureRequest,
  CreateExpenditureResponse,
  ExpenditureDto,
  ExpenditureListDto,
} from '@greenlight/contract';
import {
  minorUnits,
  type Expenditure,
  type ExpenditureId,
  type MinorUnits,
  type ProductionId,
} from '@greenlight/domain';
import { toApprovalView } from './approval-view.js';
import { takeAction } from './take-action.js';
import {
  inTransaction,
  mustFind,
  personOf,
  readOnly,
  todayFor,
  type ServiceContext,
  snapshotOf,
} from './service-context.js';

const toDto = (e: Expenditure, names: ReadonlyMap<string, string>): ExpenditureDto => ({
  id: e.id,
  productionId: e.productionId,
  description: e.description,
  vendor: e.vendor,
  department: e.department,
  amount: e.amount,
  status: e.status,
  requestedBy: e.requestedBy,
  requestedByName: names.get(e.requestedBy) ?? '',
  approvalRequestId: e.approvalRequestId,
  createdAt: e.createdAt,
});

export const listExpenditures = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<ExpenditureListDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const [expenditures, people] = await Promise.all([
    repos.expenditures.listByProduction(productionId),
    repos.people.listByProduction(productionId),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const total = (status: Expenditure['status']): MinorUnits =>
    minorUnits(
      expenditures.filter((e) => e.status === status).reduce((sum, e) => sum + e.amount, 0),
    );
  return {
    expenditures: expenditures.map((e) => toDto(e, names)),
    currency: production.currency,
    committedTotal: total('committed'),
    pendingTotal: total('pending-approval'),
  };
};

/**
 * Commits money. Within the requester's signing limit it is committed at once; above it the expenditure waits,
 * pending, on an approval request routed up the reporting line.
 */
export const createExpenditure = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: CreateExpenditureRequest,
): Promise<CreateExpenditureResponse> => {
  const { deps } = context;
  const requester = personOf(context);
  const amount = minorUnits(input.amount);
  let expenditureId: ExpenditureId | null = null;
  const result = await takeAction(context, {
    productionId,
    action: 'expenditure.commit',
    amount,
    ...(input.department === undefined ? {} : { department: input.department }),
    summary: input.vendor ? `${input.description} (${input.vendor})` : input.description,
    buildEffect: async (repos, _production, _snapshot, requestId) => {
      const created = await repos.expenditures.create({
        id: deps.ids.next() as ExpenditureId,
        productionId,
        description: input.description,
        vendor: input.vendor ?? null,
        department: input.department ?? null,
        amount,
        status: 'pending-approval',
        requestedBy: requester,
        approvalRequestId: requestId,
        createdAt: deps.clock.now(),
      });
      expenditureId = created.id;
      return { kind: 'commit-expenditure', expenditureId: created.id };
    },
  });
  const id = mustFind(expenditureId as ExpenditureId | null, 'expenditure');
  return inTransaction(deps, async (repos, tx) => {
    const expenditure = mustFind(await repos.expenditures.get(id), 'expenditure');
    const people = await repos.people.listByProduction(productionId);
    const names = new Map(people.map((p) => [p.id, p.name]));
    const request =
      result.outcome === 'approval-requested'
        ? toApprovalView(result.request, {
            production: result.production,
            snapshot: await snapshotOf(tx, productionId),
            names,
            viewer: requester,
            today: todayFor(deps, result.production),
          })
        : null;
    return {
      expenditure: toDto(expenditure, names),
      outcome: result.outcome,
      rule: result.rule,
      request,
    };
  });
};

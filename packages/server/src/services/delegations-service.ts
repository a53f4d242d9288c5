import type { CreateDelegationRequest, DelegationDto } from '@greenlight/contract';
import {
  calendarDate,
  decide,
  DomainError,
  type ActionId,
  type Delegation,
  type DelegationId,
  type MinorUnits,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import {
  inTransaction,
  mustFind,
  personOf,
  readOnly,
  todayFor,
  type ServiceContext,
  snapshotOf,
} from './service-context.js';
import { takeAction } from './take-action.js';

const toDto = (d: Delegation): DelegationDto => ({
  id: d.id,
  fromPersonId: d.fromPersonId,
  toPersonId: d.toPersonId,
  actions: [...d.actions],
  startsOn: d.startsOn,
  endsOn: d.endsOn,
  limit: d.limit,
  revoked: d.revoked,
});

export const listDelegations = async (context: ServiceContext, productionId: ProductionId) => ({
  delegations: (await readOnly(context.deps).delegations.listByProduction(productionId)).map(toDto),
});

/**
 * Lends authority. Delegating is itself an action; on top of it, a person may only lend what they can do
 * outright today (one cannot hand over more than one holds).
 */
export const createDelegation = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: CreateDelegationRequest,
): Promise<DelegationDto> => {
  const { deps } = context;
  const from = personOf(context);
  if (input.toPersonId === from)
    throw new DomainError('validation', 'You cannot delegate to yourself');
  const production = mustFind(await readOnly(deps).productions.get(productionId), 'production');
  const snapshot = await snapshotOf(deps.database.kysely, productionId);
  if (!snapshot.assignments.some((a) => a.personId === input.toPersonId)) {
    throw new DomainError('validation', 'The delegate must hold a role on this production');
  }
  const today = todayFor(deps, production);
  for (const action of input.actions as ActionId[]) {
    const decision = decide(snapshot, from, action, { today, amount: 0 as MinorUnits });
    if (decision.outcome !== 'allow') {
      throw new DomainError(
        'forbidden',
        `You cannot delegate what you may not do yourself: ${decision.outcome === 'deny' ? decision.reason : decision.reason}`,
      );
    }
  }
  let created: Delegation | null = null;
  const result = await takeAction(context, {
    productionId,
    action: 'authority.delegate',
    summary: `Delegate ${input.actions.join(', ')} from ${input.startsOn} to ${input.endsOn}`,
    details: { toPersonId: input.toPersonId, actions: input.actions },
    buildEffect: async (repos) => {
      created = await repos.delegations.create({
        id: deps.ids.next() as DelegationId,
        productionId,
        fromPersonId: from,
        toPersonId: input.toPersonId as PersonId,
        actions: input.actions as ActionId[],
        startsOn: calendarDate(input.startsOn),
        endsOn: calendarDate(input.endsOn),
        limit: input.limit as MinorUnits | null,
      });
      return { kind: 'record-only' };
    },
  });
  if (result.outcome !== 'allowed' || created === null) {
    throw new DomainError('forbidden', 'Delegation has to be allowed outright');
  }
  return toDto(created);
};

export const revokeDelegation = async (
  context: ServiceContext,
  productionId: ProductionId,
  delegationId: DelegationId,
): Promise<DelegationDto> => {
  const existing = (await readOnly(context.deps).delegations.listByProduction(productionId)).find(
    (d) => d.id === delegationId,
  );
  if (!existing) throw new DomainError('not-found', 'No such delegation');
  if (existing.fromPersonId !== personOf(context)) {
    await takeAction(context, {
      productionId,
      action: 'authority.delegate',
      summary: 'Revoke a delegation made by someone else',
      buildEffect: async () => ({ kind: 'record-only' }),
    });
  }
  return inTransaction(context.deps, async (repos) =>
    toDto(await repos.delegations.revoke(delegationId, context.deps.clock.now())),
  );
};

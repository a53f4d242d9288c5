import type { CreateDelegationRequest, DelegationDto } from '@greenlight/contract';
import {
  decide,
  minorUnits,
  DomainError,
  type Delegation,
  type DelegationId,
  type ProductionId,
} from '@greenlight/domain';
import {
  mustFind,
  personOf,
  readOnly,
  todayFor,
  type ServiceContext,
  snapshotOf,
} from './service-context.js';
import { takeAction, type TakeActionResult } from './take-action.js';

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
): Promise<TakeActionResult> => {
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
  for (const action of input.actions) {
    const decision = decide(snapshot, from, action, { today, amount: minorUnits(0) });
    if (decision.outcome !== 'allow') {
      throw new DomainError(
        'forbidden',
        `You cannot delegate what you may not do yourself: ${decision.reason}`,
      );
    }
  }
  return takeAction(context, {
    productionId,
    action: 'authority.delegate',
    summary: `Delegate ${input.actions.join(', ')} from ${input.startsOn} to ${input.endsOn}`,
    buildEffect: async () => ({
      kind: 'create-delegation',
      id: deps.ids.next(),
      fromPersonId: from,
      toPersonId: input.toPersonId,
      actions: input.actions,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      limit: input.limit,
    }),
  });
};

/** Ends a delegation early: the lender, or anyone who may delegate on the production, through the matrix. */
export const revokeDelegation = async (
  context: ServiceContext,
  productionId: ProductionId,
  delegationId: DelegationId,
): Promise<TakeActionResult> => {
  const existing = (await readOnly(context.deps).delegations.listByProduction(productionId)).find(
    (d) => d.id === delegationId,
  );
  if (!existing) throw new DomainError('not-found', 'No such delegation');
  return takeAction(context, {
    productionId,
    action: 'authority.delegate',
    summary: `Revoke the delegation of ${existing.actions.join(', ')}`,
    buildEffect: async () => ({ kind: 'revoke-delegation', delegationId }),
  });
};

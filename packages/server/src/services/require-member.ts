import { DomainError, type PersonId, type ProductionId } from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import { inTransaction, readOnly } from './service-context.js';

/**
 * Refuses anyone who holds no role on the production with the same 404 as an unknown id, before any
 * validation runs: otherwise a stranger could learn a production's stage or matrix version from the errors.
 * The attempt is still written to the production's audit log (when the production exists).
 */
export const requireMember = async (
  deps: ServerDeps,
  personId: PersonId,
  productionId: string,
  /** The catalog action the route performs, or a description when it performs one of several. */
  attempted: string,
): Promise<void> => {
  const repos = readOnly(deps);
  const assignments = await repos.assignments.listByPerson(personId);
  if (assignments.some((a) => a.productionId === (productionId as ProductionId))) return;
  const production = await repos.productions.get(productionId as ProductionId);
  if (production) {
    await inTransaction(deps, (tx) =>
      tx.auditLog.append([
        {
          productionId: production.id,
          at: deps.clock.now(),
          actorPersonId: personId,
          action: attempted,
          outcome: 'denied',
          rule: 'Holds no role on this production',
          amount: null,
          approvalRequestId: null,
          details: { authority: { code: 'not-on-production' } },
        },
      ]),
    );
  }
  throw new DomainError('not-found', 'No such production');
};

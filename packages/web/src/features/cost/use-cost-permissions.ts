import type { DecisionDto } from '@greenlight/contract';
import type { ActionId } from '@greenlight/domain';
import { useQuery } from '../../api/use-query';

/** What the signed-in person may start on the Cost tab: each is the matrix's answer, asked without acting. */
export type CostPermissions = {
  /** Enter documents and vendors (`spending.enter`). */
  readonly enter: boolean;
  /** Enter estimates to complete and issue the weekly report (`cost-report.issue`). */
  readonly issue: boolean;
  /** Ask for an overage (`budget.approve-overage`: done, or routed to someone who may). */
  readonly requestOverage: boolean;
};

const ASKED: Readonly<Record<keyof CostPermissions, ActionId>> = {
  enter: 'spending.enter',
  issue: 'cost-report.issue',
  requestOverage: 'budget.approve-overage',
};

/** Anything but a refusal: an action that needs someone's approval is still one the person may start. */
const mayStart = (decision: DecisionDto): boolean => decision.outcome !== 'deny';

/**
 * Asks the server's matrix (a dry run: nothing is done or audited) which cost actions the person may start,
 * so the tab offers only those. Until the answers are in, nothing is offered; the server decides again on
 * every change anyway.
 */
export const useCostPermissions = (productionId: string): CostPermissions => {
  const query = useQuery(`cost-permissions:${productionId}`, async (client) => {
    const keys = Object.keys(ASKED) as (keyof CostPermissions)[];
    const answers = await Promise.all(
      keys.map((key) =>
        client.call('decide', {
          params: { productionId },
          // A money action needs an amount to be decided at all; zero asks "may they start one".
          body: { action: ASKED[key], ...(key === 'requestOverage' ? { amount: 0 } : {}) },
        }),
      ),
    );
    const permissions: Record<keyof CostPermissions, boolean> = {
      enter: false,
      issue: false,
      requestOverage: false,
    };
    keys.forEach((key, i) => {
      const answer = answers[i];
      permissions[key] = answer !== undefined && mayStart(answer);
    });
    return permissions;
  });
  return query.data ?? { enter: false, issue: false, requestOverage: false };
};

import type { Role } from '../production/roles.js';
import type { MinorUnits } from '../shared/money.js';
import type { PersonId } from '../shared/ids.js';
import type { DecisionArea } from './action-areas.js';
import type { ActionId } from './action-catalog.js';

/** Who may do an action outright, who may only ask for it, and who decides those requests. */
export type ActionRule = {
  /** May do it outright (within their signing limit when money is involved). */
  readonly perform: readonly Role[];
  /** May ask for it; the request is routed for approval. */
  readonly request: readonly Role[];
  /**
   * Decide requests for it. When empty, the roles that may perform it decide. The role with the final say in
   * the action's decision area can always decide, since escalation ends there.
   */
  readonly approve: readonly Role[];
};

/** A signing limit in the production's currency; null means no limit. */
export type MoneyLimit = MinorUnits | null;

export type AuthorityMatrix = {
  readonly rules: Readonly<Record<ActionId, ActionRule>>;
  /** Signing limit per role; a role not listed may sign for nothing. */
  readonly roleLimits: Readonly<Partial<Record<Role, MoneyLimit>>>;
  /** A person's own limit, which replaces the limits of their roles. */
  readonly personLimits: Readonly<Record<PersonId, MoneyLimit>>;
  /** The role whose holders have the last word in each decision area. */
  readonly finalSay: Readonly<Record<DecisionArea, Role>>;
};

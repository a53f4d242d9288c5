import type { ActionArea, DecisionArea } from './action-areas.js';

export type ActionDefinition = {
  readonly id: string;
  readonly area: ActionArea;
  readonly label: string;
  readonly description: string;
  /** Where escalation ends: the role with the final say in this decision area. */
  readonly decisionArea: DecisionArea;
  /** Carries an amount, so signing limits apply. */
  readonly involvesMoney: boolean;
  /** A department head holds it only for their own department. */
  readonly departmentScoped: boolean;
  /** Reading, not changing: never routed for approval and not written to the audit log. */
  readonly readOnly: boolean;
};

/** How an area file writes an action: the flags default to false. */
export type ActionDef = Omit<ActionDefinition, 'involvesMoney' | 'departmentScoped' | 'readOnly'> &
  Partial<Pick<ActionDefinition, 'involvesMoney' | 'departmentScoped' | 'readOnly'>>;

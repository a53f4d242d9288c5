import type { Department } from '../production/departments.js';
import type { Role } from '../production/roles.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import type { ActionId } from './action-catalog.js';

export type DecisionContext = {
  /** Required for actions that involve money. */
  readonly amount?: MinorUnits;
  /** The department the action concerns, for department-scoped actions. */
  readonly department?: Department;
  /** Today in the production's time zone: delegations are dated. */
  readonly today: CalendarDate;
};

export type DenyCode =
  /** The person holds no role on this production. */
  | 'not-on-production'
  /** None of their roles may do or request this action. */
  | 'no-authority'
  /** A department head acting outside their department. */
  | 'outside-department'
  /** The action involves money but no amount was given, or the amount is negative. */
  | 'amount-required'
  /** They may ask, but nobody on the production holds enough authority to approve. */
  | 'no-approver';

/** What the authority is grounded on, for the audit log and the UI. */
export type AuthorityBasis = {
  readonly via: 'role' | 'delegation' | 'final-say';
  readonly role: Role;
  /** The delegator, when `via` is delegation. */
  readonly delegatedBy?: PersonId;
  /** The department the role is held in, for a department head or crew member. */
  readonly department?: Department;
  /** The signing limit that applied; null when unlimited or when the action involves no money. */
  readonly limit: MinorUnits | null;
};

export type Decision =
  | {
      readonly outcome: 'allow';
      readonly action: ActionId;
      readonly rule: string;
      readonly basis: AuthorityBasis;
    }
  | {
      readonly outcome: 'deny';
      readonly action: ActionId;
      readonly code: DenyCode;
      readonly reason: string;
    }
  | {
      readonly outcome: 'requires-approval';
      readonly action: ActionId;
      readonly reason: string;
      /** The people the request is routed to first: the nearest holders of enough authority up the reporting line. */
      readonly approvers: readonly PersonId[];
      readonly rule: string;
    };

export type AllowDecision = Extract<Decision, { readonly outcome: 'allow' }>;
export type DenyDecision = Extract<Decision, { readonly outcome: 'deny' }>;
export type RequiresApprovalDecision = Extract<Decision, { readonly outcome: 'requires-approval' }>;

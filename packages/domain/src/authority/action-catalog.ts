import type { ActionDef, ActionDefinition } from './action-definition.js';
import { COST_ACTIONS } from './cost-actions.js';
import { HIRING_ACTIONS } from './hiring-actions.js';
import { PRODUCTION_REPORT_ACTIONS } from './production-report-actions.js';
import { LABOUR_ACTIONS } from './labour-actions.js';

export type { ActionDefinition } from './action-definition.js';

const define = <const T extends readonly ActionDef[]>(defs: T) => defs;

// Every action the product offers. Later capabilities add theirs here; the default matrix must give each a rule
// (a test checks that), and every HTTP route names one of these ids.
const DEFINITIONS = define([
  // Lifecycle
  {
    id: 'production.view',
    area: 'lifecycle',
    label: 'View the production',
    description: 'See the production, its team, org chart, authority matrix and RACI chart.',
    decisionArea: 'operational',
    readOnly: true,
  },
  {
    id: 'production.edit',
    area: 'lifecycle',
    label: 'Edit production details',
    description: 'Change the title, kind, currency, time zone, seasons and episodes.',
    decisionArea: 'operational',
  },
  {
    id: 'production.greenlight',
    area: 'lifecycle',
    label: 'Greenlight',
    description:
      'Move the production from development into pre-production: the commitment to make it.',
    decisionArea: 'financial',
  },
  {
    id: 'production.advance-stage',
    area: 'lifecycle',
    label: 'Advance the stage',
    description: 'Move the production to its next stage after pre-production.',
    decisionArea: 'operational',
  },
  {
    id: 'production.cancel',
    area: 'lifecycle',
    label: 'Cancel the production',
    description: 'Stop the production for good.',
    decisionArea: 'financial',
  },
  // Team and authority
  {
    id: 'team.manage-people',
    area: 'team-and-authority',
    label: 'Manage people',
    description: 'Add people to the production and correct their details.',
    decisionArea: 'operational',
  },
  {
    id: 'team.edit-reporting-lines',
    area: 'team-and-authority',
    label: 'Edit reporting lines',
    description: 'Change who reports to whom (the org chart).',
    decisionArea: 'operational',
  },
  {
    id: 'authority.edit-matrix',
    area: 'team-and-authority',
    label: 'Edit the authority matrix',
    description: 'Change who may do, request and approve each action, and who has the final say.',
    decisionArea: 'financial',
  },
  {
    id: 'authority.set-signing-limits',
    area: 'team-and-authority',
    label: 'Set signing limits',
    description: 'Change the money limits of roles and people.',
    decisionArea: 'financial',
  },
  {
    id: 'authority.delegate',
    area: 'team-and-authority',
    label: 'Delegate authority',
    description: 'Hand one of your authorities to another person for a period.',
    decisionArea: 'operational',
  },
  {
    id: 'audit.view',
    area: 'team-and-authority',
    label: 'View the audit log',
    description: 'Read the record of every decision and approval.',
    decisionArea: 'operational',
    readOnly: true,
  },
  {
    id: 'approvals.decide',
    area: 'team-and-authority',
    label: 'Decide approval requests',
    description:
      'Approve, reject or escalate a request routed to you; whether you may is checked against the request itself.',
    decisionArea: 'operational',
  },
  // Financing
  {
    id: 'financing.view',
    area: 'financing',
    label: 'See the financing plan',
    description:
      'See the sources of finance, their terms and status, the gap against the approved budget, the cash flow, the recoupment waterfall and the greenlight gate.',
    decisionArea: 'financial',
    readOnly: true,
  },
  {
    id: 'financing.edit-plan',
    area: 'financing',
    label: 'Edit the financing plan',
    description: 'Record sources of finance, their terms and status.',
    decisionArea: 'financial',
  },
  {
    id: 'financing.close-deal',
    area: 'financing',
    label: 'Close a financing deal',
    description: 'Commit the production to a financing agreement.',
    decisionArea: 'financial',
    involvesMoney: true,
  },
  // Budget
  {
    id: 'budget.view',
    area: 'budget',
    label: 'See the budget',
    description:
      'See the budgets and their versions: top sheet, detail lines, fringes and globals, comparisons and what the schedule would change.',
    decisionArea: 'financial',
    readOnly: true,
  },
  {
    id: 'budget.edit-top-sheet',
    area: 'budget',
    label: 'Build the top-level budget',
    description: 'Set the accounts and totals of the top sheet.',
    decisionArea: 'financial',
  },
  {
    id: 'budget.edit-detail',
    area: 'budget',
    label: 'Budget a unit in detail',
    description: 'Edit the detail lines of a unit or department budget.',
    decisionArea: 'financial',
    departmentScoped: true,
  },
  {
    id: 'budget.approve',
    area: 'budget',
    label: 'Approve the budget',
    description: 'Lock a budget version as the approved budget.',
    decisionArea: 'financial',
  },
  {
    id: 'budget.approve-overage',
    area: 'budget',
    label: 'Approve an overage',
    description: 'Accept spending above an account of the approved budget.',
    decisionArea: 'financial',
    involvesMoney: true,
  },
  // Schedule
  // Script and breakdown
  {
    id: 'script.view',
    area: 'script-and-breakdown',
    label: 'Read the script and breakdown',
    description:
      'Read the drafts, scenes, breakdown sheets, element and cast lists, and download them.',
    decisionArea: 'creative',
    readOnly: true,
  },
  {
    id: 'script.import-draft',
    area: 'script-and-breakdown',
    label: 'Import a script draft',
    description:
      'Import a draft or revision of the script (Fountain, Final Draft or PDF); its scenes replace the current draft’s, and the breakdown carries over.',
    decisionArea: 'operational',
  },
  {
    id: 'breakdown.edit',
    area: 'script-and-breakdown',
    label: 'Edit the breakdown',
    description:
      'Tag script text as elements, add and rename elements, number the cast, map sets to shooting locations and review tags after a revision. A department head edits only their own categories.',
    decisionArea: 'operational',
    departmentScoped: true,
  },
  {
    id: 'schedule.view',
    area: 'schedule',
    label: 'See the schedule',
    description:
      'See the stripboards, the shoot calendar, the day out of days and the calendar feeds, and run the optimizer for a proposal.',
    decisionArea: 'operational',
    readOnly: true,
  },
  {
    id: 'schedule.edit',
    area: 'schedule',
    label: 'Build the schedule',
    description:
      'Edit what-if stripboards, create boards, set the shoot calendar and the scheduling rules.',
    decisionArea: 'operational',
  },
  {
    id: 'schedule.change-locked-board',
    area: 'schedule',
    label: 'Change the locked shooting board',
    description:
      'Reorder, lock or unlock the shooting board that call sheets and the day out of days are built from.',
    decisionArea: 'operational',
  },
  {
    id: 'schedule.approve-major-change',
    area: 'schedule',
    label: 'Approve a major schedule change',
    description: 'Accept a change that moves shoot days, adds days or changes the wrap date.',
    decisionArea: 'operational',
  },
  // Call sheets (read with schedule.view)
  {
    id: 'callsheet.edit',
    area: 'schedule',
    label: 'Prepare call sheets',
    description:
      'Enter what the schedule does not know for a shoot day: crew and cast calls, weather, locations with parking, the nearest hospital, background, crew calls, notes and safety.',
    decisionArea: 'operational',
  },
  {
    id: 'callsheet.publish',
    area: 'schedule',
    label: 'Publish call sheets',
    description:
      'Issue a shoot day’s call sheet, or a revision of it, and email it to the team with a confirmation link each.',
    decisionArea: 'operational',
  },
  ...PRODUCTION_REPORT_ACTIONS,
  // Hiring above and below the line (their own file)
  ...HIRING_ACTIONS,
  // Expenditures
  {
    id: 'expenditure.commit',
    area: 'expenditures',
    label: 'Commit an expenditure',
    description: 'Spend money: a rental, a purchase, a fee. Signing limits apply.',
    decisionArea: 'financial',
    involvesMoney: true,
    departmentScoped: true,
  },
  {
    id: 'expenditure.view',
    area: 'expenditures',
    label: 'View expenditures',
    description: 'See what has been committed and what waits for approval.',
    decisionArea: 'financial',
    readOnly: true,
  },
  // Spending documents and the cost report (their own file, like the labour actions)
  ...COST_ACTIONS,
  // Creative
  {
    id: 'creative.approve-script',
    area: 'creative',
    label: 'Approve a script draft',
    description: 'Accept a draft of the script as the shooting script.',
    decisionArea: 'creative',
  },
  {
    id: 'creative.approve-casting',
    area: 'creative',
    label: 'Approve casting',
    description: 'Accept the choice of an actor for a role.',
    decisionArea: 'creative',
  },
  {
    id: 'creative.approve-locations',
    area: 'creative',
    label: 'Approve locations',
    description: 'Accept a location for a set.',
    decisionArea: 'creative',
  },
  {
    id: 'creative.approve-final-cut',
    area: 'creative',
    label: 'Approve the final cut',
    description: 'Lock the picture.',
    decisionArea: 'creative',
  },
  // Post-production
  {
    id: 'post.edit-schedule',
    area: 'post-production',
    label: 'Plan post-production',
    description: 'Set the post schedule: editing, sound, colour, visual effects, deliveries.',
    decisionArea: 'operational',
  },
  {
    id: 'post.engage-vendor',
    area: 'post-production',
    label: 'Engage a post vendor',
    description: 'Contract a post house, a sound studio or a visual effects company.',
    decisionArea: 'financial',
    involvesMoney: true,
  },
  {
    id: 'post.approve-deliverables',
    area: 'post-production',
    label: 'Approve deliverables',
    description: 'Accept the delivery items as complete.',
    decisionArea: 'creative',
  },
  // Distribution
  {
    id: 'distribution.negotiate',
    area: 'distribution',
    label: 'Negotiate distribution',
    description: 'Open and conduct talks with distributors, sales agents and festivals.',
    decisionArea: 'financial',
  },
  {
    id: 'distribution.sign-deal',
    area: 'distribution',
    label: 'Sign a distribution deal',
    description: 'Commit the production to a distribution agreement.',
    decisionArea: 'financial',
    involvesMoney: true,
  },
  // Timecards, deals and payroll (their own file: this one is long enough)
  ...LABOUR_ACTIONS,
]);

export type ActionId = (typeof DEFINITIONS)[number]['id'];

export const ACTION_CATALOG: readonly (ActionDefinition & { readonly id: ActionId })[] =
  DEFINITIONS.map((d) => ({
    involvesMoney: false,
    departmentScoped: false,
    readOnly: false,
    ...d,
  }));

export const ACTION_IDS: readonly ActionId[] = ACTION_CATALOG.map((a) => a.id);

const BY_ID = new Map<string, ActionDefinition & { readonly id: ActionId }>(
  ACTION_CATALOG.map((a) => [a.id, a]),
);

export const isActionId = (value: string): value is ActionId => BY_ID.has(value);

export const actionDefinition = (id: ActionId): ActionDefinition & { readonly id: ActionId } => {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown action ${id}`); // unreachable for a typed ActionId
  return found;
};

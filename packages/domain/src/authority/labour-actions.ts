import type { ActionDef } from './action-definition.js';

/**
 * Timecards, deals and payroll, spread into the action catalog. Each step of the timecard approval chain
 * (`timecard-approval.ts`) is an action of its own, so a production can move a step to other roles in its
 * matrix; who may sign which card (their own, their department's, once each) stays a rule of the chain.
 */
export const LABOUR_ACTIONS = [
  {
    id: 'timecard.view',
    area: 'labour',
    label: 'See timecards',
    description:
      'See your own timecards; a department head sees their department’s, the production office and accounting everyone’s.',
    decisionArea: 'operational',
    readOnly: true,
  },
  {
    id: 'timecard.enter',
    area: 'labour',
    label: 'Enter your own timecard',
    description:
      'Enter your daily times (call, meals, wrap) and sign your own card to send it for approval.',
    decisionArea: 'operational',
  },
  {
    id: 'timecard.enter-for-others',
    area: 'labour',
    label: 'Enter timecards for others',
    description:
      'Enter or correct anyone’s daily times, as the production office does for day players and paper cards.',
    decisionArea: 'operational',
  },
  {
    id: 'timecard.approve-department',
    area: 'labour',
    label: 'Approve timecards as department head',
    description:
      'Sign the department head’s step of a timecard, or send it back. A department head signs only their own department’s cards.',
    decisionArea: 'operational',
    departmentScoped: true,
  },
  {
    id: 'timecard.approve-production',
    area: 'labour',
    label: 'Approve timecards for the production',
    description: 'Sign the production manager’s or UPM’s step of a timecard, or send it back.',
    decisionArea: 'operational',
  },
  {
    id: 'timecard.approve-accounting',
    area: 'labour',
    label: 'Approve timecards for payroll',
    description:
      'Sign the last step of a timecard: it is then approved and its pay is posted to the budget as actuals.',
    decisionArea: 'financial',
  },
  {
    id: 'labour.deals',
    area: 'labour',
    label: 'Set labour deals',
    description:
      'Set a person’s deal: the agreement they work under, their rate, department, title and the budget account their pay posts to.',
    decisionArea: 'financial',
  },
  {
    id: 'payroll.export',
    area: 'labour',
    label: 'Export payroll',
    description: 'Download a week’s approved timecards as pay lines for the payroll company.',
    decisionArea: 'financial',
    readOnly: true,
  },
] as const satisfies readonly ActionDef[];

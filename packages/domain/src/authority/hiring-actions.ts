import type { ActionDef } from './action-definition.js';

// Hiring above and below the line, apart from action-catalog.ts for its length; spread into its catalog.
// Which of these a role's hire is: hiring-action.ts.
export const HIRING_ACTIONS = [
  // Hiring above the line
  {
    id: 'hiring.producer',
    area: 'hiring-above-the-line',
    label: 'Hire producers',
    description: 'Engage producers, co-producers and associate producers.',
    decisionArea: 'financial',
    involvesMoney: true,
  },
  {
    id: 'hiring.director',
    area: 'hiring-above-the-line',
    label: 'Hire the director',
    description: 'Engage the director.',
    decisionArea: 'creative',
    involvesMoney: true,
  },
  {
    id: 'hiring.principal-cast',
    area: 'hiring-above-the-line',
    label: 'Hire principal cast',
    description: 'Engage principal cast members.',
    decisionArea: 'creative',
    involvesMoney: true,
  },
  {
    id: 'hiring.writer',
    area: 'hiring-above-the-line',
    label: 'Hire writers',
    description: 'Engage writers for the script.',
    decisionArea: 'creative',
    involvesMoney: true,
  },
  // Hiring below the line
  {
    id: 'hiring.line-producer',
    area: 'hiring-below-the-line',
    label: 'Hire the line producer',
    description: 'Engage the line producer and production managers.',
    decisionArea: 'operational',
    involvesMoney: true,
  },
  {
    id: 'hiring.department-head',
    area: 'hiring-below-the-line',
    label: 'Hire department heads',
    description: 'Engage the head of a department.',
    decisionArea: 'operational',
    involvesMoney: true,
  },
  {
    id: 'hiring.crew',
    area: 'hiring-below-the-line',
    label: 'Hire crew',
    description: 'Engage crew members for a department.',
    decisionArea: 'operational',
    involvesMoney: true,
    departmentScoped: true,
  },
] as const satisfies readonly ActionDef[];

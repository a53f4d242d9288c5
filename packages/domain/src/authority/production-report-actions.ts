import type { ActionDef } from './action-definition.js';

// The production report's actions, apart from action-catalog.ts for its length; spread into its catalog. The
// report is read with `schedule.view`, like the call sheet it is built from.
export const PRODUCTION_REPORT_ACTIONS = [
  {
    id: 'production-report.edit',
    area: 'schedule',
    label: 'Prepare production reports',
    description:
      'Enter what happened on a shoot day: scenes, pages, minutes and setups shot, cast and crew times, crew counts, meals, delays, incidents and notes; submit the day’s report for signature or start a correction of a signed one.',
    decisionArea: 'operational',
  },
  {
    id: 'production-report.sign',
    area: 'schedule',
    label: 'Sign production reports',
    description:
      'Sign off a submitted daily production report, making it the day’s record: it cannot be changed afterwards, only corrected by a new revision.',
    decisionArea: 'operational',
  },
] as const satisfies readonly ActionDef[];

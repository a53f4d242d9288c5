export const ACTION_AREAS = [
  'lifecycle',
  'team-and-authority',
  'financing',
  'budget',
  'script-and-breakdown',
  'schedule',
  'hiring-above-the-line',
  'hiring-below-the-line',
  'expenditures',
  'labour',
  'creative',
  'post-production',
  'distribution',
] as const;
export type ActionArea = (typeof ACTION_AREAS)[number];

export const ACTION_AREA_LABELS: Readonly<Record<ActionArea, string>> = {
  lifecycle: 'Production lifecycle',
  'team-and-authority': 'Team and authority',
  financing: 'Financing',
  budget: 'Budget',
  'script-and-breakdown': 'Script and breakdown',
  schedule: 'Schedule',
  'hiring-above-the-line': 'Hiring above the line',
  'hiring-below-the-line': 'Hiring below the line',
  expenditures: 'Expenditures',
  labour: 'Timecards and payroll',
  creative: 'Creative decisions',
  'post-production': 'Post-production',
  distribution: 'Distribution',
};

/** Escalation ends at the role with the final say in one of these. */
export const DECISION_AREAS = ['creative', 'financial', 'operational'] as const;
export type DecisionArea = (typeof DECISION_AREAS)[number];

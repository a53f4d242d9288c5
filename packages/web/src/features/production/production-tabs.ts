/** The groups the tab bar shows its tabs in: the shoot, the money, the people and their authority. */
export const PRODUCTION_TAB_GROUPS = [
  { id: 'production', label: 'Production' },
  { id: 'money', label: 'Money' },
  { id: 'people', label: 'People' },
] as const;

/** The tabs of a production, in order within their group; the path is appended to /productions/:id. */
export const PRODUCTION_TABS = [
  { id: 'overview', path: '', label: 'Overview', group: 'production' },
  { id: 'script', path: '/script', label: 'Script', group: 'production' },
  { id: 'schedule', path: '/schedule', label: 'Schedule', group: 'production' },
  { id: 'call-sheets', path: '/call-sheets', label: 'Call sheets', group: 'production' },
  {
    id: 'production-reports',
    path: '/production-reports',
    label: 'Production reports',
    group: 'production',
  },
  { id: 'timecards', path: '/timecards', label: 'Timecards', group: 'production' },
  { id: 'budget', path: '/budget', label: 'Budget', group: 'money' },
  { id: 'financing', path: '/financing', label: 'Financing', group: 'money' },
  { id: 'cost', path: '/cost', label: 'Cost report', group: 'money' },
  { id: 'expenditures', path: '/expenditures', label: 'Expenditures', group: 'money' },
  { id: 'reports', path: '/reports', label: 'Reports', group: 'money' },
  { id: 'team', path: '/team', label: 'Team', group: 'people' },
  { id: 'org-chart', path: '/org-chart', label: 'Org chart', group: 'people' },
  { id: 'authority', path: '/authority', label: 'Authority matrix', group: 'people' },
  { id: 'delegations', path: '/delegations', label: 'Delegations', group: 'people' },
  { id: 'approvals', path: '/approvals', label: 'Approvals', group: 'people' },
  { id: 'audit', path: '/audit', label: 'Audit log', group: 'people' },
  { id: 'raci', path: '/raci', label: 'RACI', group: 'people' },
] as const satisfies readonly {
  id: string;
  path: string;
  label: string;
  group: (typeof PRODUCTION_TAB_GROUPS)[number]['id'];
}[];

export type ProductionTabId = (typeof PRODUCTION_TABS)[number]['id'];

/** Tabs with views of their own below them (`/script/breakdown`). */
const TABS_WITH_VIEWS: readonly ProductionTabId[] = [
  'script',
  'schedule',
  'call-sheets',
  'production-reports',
  'budget',
  'financing',
  'cost',
];

export const tabFromPath = (rest: string): ProductionTabId | null =>
  PRODUCTION_TABS.find(
    (tab) =>
      tab.path === rest || (TABS_WITH_VIEWS.includes(tab.id) && rest.startsWith(`${tab.path}/`)),
  )?.id ?? null;

/** The tabs of a production, in order; the path is appended to /productions/:id. */
export const PRODUCTION_TABS = [
  { id: 'overview', path: '', label: 'Overview' },
  { id: 'script', path: '/script', label: 'Script' },
  { id: 'schedule', path: '/schedule', label: 'Schedule' },
  { id: 'call-sheets', path: '/call-sheets', label: 'Call sheets' },
  { id: 'budget', path: '/budget', label: 'Budget' },
  { id: 'financing', path: '/financing', label: 'Financing' },
  { id: 'team', path: '/team', label: 'Team' },
  { id: 'org-chart', path: '/org-chart', label: 'Org chart' },
  { id: 'authority', path: '/authority', label: 'Authority matrix' },
  { id: 'delegations', path: '/delegations', label: 'Delegations' },
  { id: 'expenditures', path: '/expenditures', label: 'Expenditures' },
  { id: 'approvals', path: '/approvals', label: 'Approvals' },
  { id: 'audit', path: '/audit', label: 'Audit log' },
  { id: 'raci', path: '/raci', label: 'RACI' },
] as const;

export type ProductionTabId = (typeof PRODUCTION_TABS)[number]['id'];

/** Tabs with views of their own below them (`/script/breakdown`). */
const TABS_WITH_VIEWS: readonly ProductionTabId[] = [
  'script',
  'schedule',
  'call-sheets',
  'budget',
  'financing',
];

export const tabFromPath = (rest: string): ProductionTabId | null =>
  PRODUCTION_TABS.find(
    (tab) =>
      tab.path === rest || (TABS_WITH_VIEWS.includes(tab.id) && rest.startsWith(`${tab.path}/`)),
  )?.id ?? null;

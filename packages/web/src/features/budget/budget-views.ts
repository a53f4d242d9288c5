/** Where the Budget tab is, below `/productions/:id/budget`. */
export type BudgetRoute =
  | { readonly view: 'budgets' }
  | { readonly view: 'compare' }
  | { readonly view: VersionView; readonly versionId: string };

/** The views of one version: the grid, the top sheet, the setup (fringes, globals…) and the schedule feed. */
export type VersionView = 'grid' | 'top-sheet' | 'setup' | 'schedule';

const VERSION_VIEW_PATHS: Readonly<Record<VersionView, string>> = {
  grid: '',
  'top-sheet': 'top-sheet',
  setup: 'setup',
  schedule: 'schedule',
};

const versionViewOf = (segment: string | undefined): VersionView | null => {
  if (segment === undefined) return 'grid';
  const found = (Object.keys(VERSION_VIEW_PATHS) as VersionView[]).find(
    (view) => view !== 'grid' && VERSION_VIEW_PATHS[view] === segment,
  );
  return found ?? null;
};

/** The route named by the path below `/productions/:id/budget` (`''`, `/compare`…); null when unknown. */
export const budgetRouteFromPath = (rest: string): BudgetRoute | null => {
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) return { view: 'budgets' };
  if (parts.length === 1 && parts[0] === 'compare') return { view: 'compare' };
  if (parts[0] !== 'versions' || parts[1] === undefined || parts.length > 3) return null;
  const view = versionViewOf(parts[2]);
  return view === null ? null : { view, versionId: decodeURIComponent(parts[1]) };
};

/** The link to a view of the Budget tab; a comparison may name its two versions. */
export const budgetHref = (
  productionId: string,
  route: BudgetRoute,
  compare: { readonly from?: string; readonly to?: string } = {},
): string => {
  const base = `/productions/${productionId}/budget`;
  switch (route.view) {
    case 'budgets':
      return base;
    case 'compare': {
      const query = new URLSearchParams();
      if (compare.from !== undefined) query.set('from', compare.from);
      if (compare.to !== undefined) query.set('to', compare.to);
      const text = query.toString();
      return `${base}/compare${text === '' ? '' : `?${text}`}`;
    }
    default: {
      const path = VERSION_VIEW_PATHS[route.view];
      return `${base}/versions/${encodeURIComponent(route.versionId)}${path === '' ? '' : `/${path}`}`;
    }
  }
};

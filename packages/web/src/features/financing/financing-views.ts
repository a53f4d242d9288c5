/** The views of the Financing tab, below `/productions/:id/financing`. */
export const FINANCING_VIEWS = [
  { view: 'plan', path: '', label: 'Plan & gap' },
  { view: 'cash-flow', path: '/cash-flow', label: 'Cash flow' },
  { view: 'waterfall', path: '/waterfall', label: 'Waterfall' },
  { view: 'greenlight', path: '/greenlight', label: 'Greenlight' },
] as const;

export type FinancingView = (typeof FINANCING_VIEWS)[number]['view'];

/** The view named by the path below `/productions/:id/financing` (`''`, `/cash-flow`…); null when unknown. */
export const financingViewFromPath = (rest: string): FinancingView | null => {
  const trimmed = rest.replace(/\/+$/, '');
  return FINANCING_VIEWS.find((v) => v.path === trimmed)?.view ?? null;
};

/** The link to a view of the Financing tab. */
export const financingHref = (productionId: string, view: FinancingView): string =>
  `/productions/${productionId}/financing${FINANCING_VIEWS.find((v) => v.view === view)?.path ?? ''}`;

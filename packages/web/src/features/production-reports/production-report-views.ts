/** Where the Production reports tab is, below `/productions/:id/production-reports`. */
export type ProductionReportRoute =
  { readonly view: 'days' } | { readonly view: 'day'; readonly date: string };

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The route named by the path below the tab (`''`, `/2027-01-15`); null when unknown. */
export const productionReportRouteFromPath = (rest: string): ProductionReportRoute | null => {
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) return { view: 'days' };
  const date = parts.length === 1 ? decodeURIComponent(parts[0] ?? '') : '';
  return CALENDAR_DATE.test(date) ? { view: 'day', date } : null;
};

/** The link to a view of the Production reports tab. */
export const productionReportHref = (
  productionId: string,
  route: ProductionReportRoute,
): string => {
  const base = `/productions/${productionId}/production-reports`;
  return route.view === 'days' ? base : `${base}/${route.date}`;
};

/** The day's report as a PDF: as signed once signed, else as it stands. */
export const productionReportPdfHref = (productionId: string, date: string): string =>
  `/api/v1/productions/${encodeURIComponent(productionId)}/production-reports/${date}.pdf`;

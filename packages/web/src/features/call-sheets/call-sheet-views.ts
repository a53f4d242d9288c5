/** Where the Call sheets tab is, below `/productions/:id/call-sheets`. */
export type CallSheetRoute =
  { readonly view: 'days' } | { readonly view: 'day'; readonly date: string };

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The route named by the path below `/productions/:id/call-sheets` (`''`, `/2027-01-15`); null when unknown. */
export const callSheetRouteFromPath = (rest: string): CallSheetRoute | null => {
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) return { view: 'days' };
  const date = parts.length === 1 ? decodeURIComponent(parts[0] ?? '') : '';
  return CALENDAR_DATE.test(date) ? { view: 'day', date } : null;
};

/** The link to a view of the Call sheets tab. */
export const callSheetHref = (productionId: string, route: CallSheetRoute): string => {
  const base = `/productions/${productionId}/call-sheets`;
  return route.view === 'days' ? base : `${base}/${route.date}`;
};

/** The day's sheet as a PDF: the latest issue once published, a draft preview before. */
export const callSheetPdfHref = (productionId: string, date: string): string =>
  `/api/v1/productions/${encodeURIComponent(productionId)}/call-sheets/${date}.pdf`;

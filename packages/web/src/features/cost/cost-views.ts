/** Where the Cost tab is, below `/productions/:id/cost`. */
export type CostRoute =
  | { readonly view: 'report' }
  | { readonly view: 'documents' }
  | { readonly view: 'new-document' }
  | { readonly view: 'document'; readonly documentId: string }
  | { readonly view: 'inbox' }
  | { readonly view: 'vendors' };

/** The views in the tab's segmented control, in the order an accountant's week runs through them. */
export const COST_SECTIONS = [
  { section: 'report', label: 'Cost report' },
  { section: 'documents', label: 'Documents' },
  { section: 'inbox', label: 'Approvals inbox' },
  { section: 'vendors', label: 'Vendors' },
] as const;

export type CostSection = (typeof COST_SECTIONS)[number]['section'];

/** The section a route belongs to: a document's page and the entry form sit under Documents. */
export const costSectionOf = (route: CostRoute): CostSection => {
  switch (route.view) {
    case 'report':
    case 'inbox':
    case 'vendors':
      return route.view;
    default:
      return 'documents';
  }
};

/** The route named by the path below `/productions/:id/cost` (`''`, `/documents/new`…); null when unknown. */
export const costRouteFromPath = (rest: string): CostRoute | null => {
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) return { view: 'report' };
  const [first, second] = parts;
  if (parts.length === 1) {
    if (first === 'documents') return { view: 'documents' };
    if (first === 'inbox') return { view: 'inbox' };
    if (first === 'vendors') return { view: 'vendors' };
    return null;
  }
  if (parts.length === 2 && first === 'documents' && second !== undefined) {
    return second === 'new'
      ? { view: 'new-document' }
      : { view: 'document', documentId: decodeURIComponent(second) };
  }
  return null;
};

/** The link to a view of the Cost tab; `query` is appended as is (filters, the purchase order to bill). */
export const costHref = (
  productionId: string,
  route: CostRoute,
  query: Readonly<Record<string, string>> = {},
): string => {
  const base = `/productions/${productionId}/cost`;
  const path = (() => {
    switch (route.view) {
      case 'report':
        return '';
      case 'documents':
        return '/documents';
      case 'new-document':
        return '/documents/new';
      case 'document':
        return `/documents/${encodeURIComponent(route.documentId)}`;
      case 'inbox':
        return '/inbox';
      case 'vendors':
        return '/vendors';
    }
  })();
  const text = new URLSearchParams(query).toString();
  return `${base}${path}${text === '' ? '' : `?${text}`}`;
};

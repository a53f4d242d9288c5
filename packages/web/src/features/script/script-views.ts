/** The views of the Script tab; the path is appended to /productions/:id/script. */
export const SCRIPT_VIEWS = [
  { id: 'script', path: '', label: 'Script' },
  { id: 'breakdown', path: '/breakdown', label: 'Breakdown sheets' },
  { id: 'elements', path: '/elements', label: 'Elements & cast' },
  { id: 'revisions', path: '/revisions', label: 'Revisions' },
] as const;

export type ScriptViewId = (typeof SCRIPT_VIEWS)[number]['id'];

/** The view named by the path below `/productions/:id/script` (`''`, `/breakdown`…); null when unknown. */
export const scriptViewFromPath = (rest: string): ScriptViewId | null =>
  SCRIPT_VIEWS.find((view) => view.path === rest.replace(/\/$/, ''))?.id ?? null;

/** The link to a view, optionally with a scene selected. */
export const scriptViewHref = (productionId: string, view: ScriptViewId, sceneId?: string) => {
  const path = SCRIPT_VIEWS.find((v) => v.id === view)?.path ?? '';
  const query = sceneId ? `?scene=${encodeURIComponent(sceneId)}` : '';
  return `/productions/${productionId}/script${path}${query}`;
};

/** Where the Schedule tab is, below `/productions/:id/schedule`. */
export type ScheduleRoute =
  | { readonly view: 'boards' }
  | { readonly view: 'calendar' }
  | { readonly view: 'board'; readonly boardId: string }
  | { readonly view: 'day-out-of-days'; readonly boardId: string };

/** The route named by the path below `/productions/:id/schedule` (`''`, `/calendar`…); null when unknown. */
export const scheduleRouteFromPath = (rest: string): ScheduleRoute | null => {
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) return { view: 'boards' };
  if (parts.length === 1 && parts[0] === 'calendar') return { view: 'calendar' };
  if (parts[0] !== 'boards' || parts[1] === undefined) return null;
  const boardId = decodeURIComponent(parts[1]);
  if (parts.length === 2) return { view: 'board', boardId };
  if (parts.length === 3 && parts[2] === 'day-out-of-days')
    return { view: 'day-out-of-days', boardId };
  return null;
};

/** The link to a view of the Schedule tab. */
export const scheduleHref = (productionId: string, route: ScheduleRoute): string => {
  const base = `/productions/${productionId}/schedule`;
  switch (route.view) {
    case 'boards':
      return base;
    case 'calendar':
      return `${base}/calendar`;
    case 'board':
      return `${base}/boards/${encodeURIComponent(route.boardId)}`;
    case 'day-out-of-days':
      return `${base}/boards/${encodeURIComponent(route.boardId)}/day-out-of-days`;
  }
};

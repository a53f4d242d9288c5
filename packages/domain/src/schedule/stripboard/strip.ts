/**
 * One strip of a stripboard, in board order. Every strip has an id of its own (not the scene's) because
 * the board is edited by dragging strips: day breaks and banners need an identity as much as scenes do.
 *
 * - `scene`: a scene to shoot;
 * - `day-break`: ends a shoot day ("End of day 3"); strips after the last break are not scheduled yet;
 * - `banner`: a note across the board ("Company move to Gdynia"), belonging to the day it sits in;
 * - `off-day`: a day the company does not shoot but that uses a working date (a travel day, a rig day).
 */
export type Strip =
  | { readonly kind: 'scene'; readonly id: string; readonly sceneId: string }
  | { readonly kind: 'day-break'; readonly id: string }
  | { readonly kind: 'banner'; readonly id: string; readonly text: string }
  | { readonly kind: 'off-day'; readonly id: string; readonly reason: string };

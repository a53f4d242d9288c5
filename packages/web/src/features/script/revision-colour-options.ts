import { REVISION_COLOUR_INFO, REVISION_COLOURS } from '@greenlight/domain';

/**
 * The revision colours in the order the industry issues them, for the import form's select; the server
 * gives each draft's label and hex, and the next colour's default.
 */
export const REVISION_COLOUR_OPTIONS: readonly { readonly id: string; readonly label: string }[] =
  REVISION_COLOURS.map((id) => ({ id, label: REVISION_COLOUR_INFO[id].label }));

/**
 * The colours of revised pages, in the order the industry issues them: the first draft is white, each
 * revision after it goes to the next colour, and after tan the cycle starts again as double white, double
 * blue… (a page printed on white paper for the second time round).
 */
export const REVISION_COLOURS = [
  'white',
  'blue',
  'pink',
  'yellow',
  'green',
  'goldenrod',
  'buff',
  'salmon',
  'cherry',
  'tan',
  'double-white',
  'double-blue',
  'double-pink',
  'double-yellow',
  'double-green',
  'double-goldenrod',
  'double-buff',
  'double-salmon',
  'double-cherry',
  'double-tan',
] as const;
export type RevisionColour = (typeof REVISION_COLOURS)[number];

export type RevisionColourInfo = {
  readonly id: RevisionColour;
  /** `Goldenrod`, `Double blue`. */
  readonly label: string;
  /** `#RRGGBB` for the screen; a double colour shows as its base colour (the paper is the same). */
  readonly hex: string;
};

const BASE_HEX = {
  white: '#FFFFFF',
  blue: '#A7C7E7',
  pink: '#F8C8DC',
  yellow: '#FFF59D',
  green: '#C5E1A5',
  goldenrod: '#F0C75E',
  buff: '#F0DC82',
  salmon: '#FA8072',
  cherry: '#DE3163',
  tan: '#D2B48C',
} as const;
type BaseColour = keyof typeof BASE_HEX;

const infoOf = (id: RevisionColour): RevisionColourInfo => {
  const double = id.startsWith('double-');
  const base = (double ? id.slice('double-'.length) : id) as BaseColour;
  const label = double ? `Double ${base}` : `${base.charAt(0).toUpperCase()}${base.slice(1)}`;
  return { id, label, hex: BASE_HEX[base] };
};

export const REVISION_COLOUR_INFO: Readonly<Record<RevisionColour, RevisionColourInfo>> =
  Object.fromEntries(REVISION_COLOURS.map((id) => [id, infoOf(id)])) as Record<
    RevisionColour,
    RevisionColourInfo
  >;

export const isRevisionColour = (value: string): value is RevisionColour =>
  (REVISION_COLOURS as readonly string[]).includes(value);

/**
 * The colour for the next draft, given the colours used so far in the order they were issued: the one
 * after the latest (the last in `used`); white when nothing has been issued yet (the first draft). After
 * double tan the list starts over at white: twenty revisions of one script are rare enough that the office
 * decides then (triple colours are not standard), and white is what a fresh cycle prints on.
 */
export const nextRevisionColour = (used: readonly RevisionColour[]): RevisionColour => {
  const latest = used[used.length - 1];
  if (latest === undefined) return 'white';
  const next = REVISION_COLOURS[REVISION_COLOURS.indexOf(latest) + 1];
  return next ?? 'white';
};

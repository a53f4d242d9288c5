import type { IntExt } from '../../screenplay/scene.js';
import { dayOrNight } from '../../screenplay/day-or-night.js';

export type StripColour = {
  /** What people call it: "Yellow". */
  readonly name: string;
  /** `#RRGGBB`, for screens and PDFs. */
  readonly hex: string;
};

/** A strip's colour for each of the four combinations of interior/exterior and day/night. */
export type StripPalette = {
  readonly dayInterior: StripColour;
  readonly dayExterior: StripColour;
  readonly nightInterior: StripColour;
  readonly nightExterior: StripColour;
};

/**
 * The convention "according to Singleton" (domain-conventions §4.1): day interior white, day exterior
 * yellow, night interior blue, night exterior green. One older source swaps the night colours, so a
 * production may pass its own palette. The tints are the web app's board colours, so screen and paper
 * agree; black strip text reads on all four.
 */
export const DEFAULT_STRIP_PALETTE: StripPalette = {
  dayInterior: { name: 'White', hex: '#FFFFFF' },
  dayExterior: { name: 'Yellow', hex: '#FFE066' },
  nightInterior: { name: 'Blue', hex: '#7FA7E0' },
  nightExterior: { name: 'Green', hex: '#7CC38A' },
};

/**
 * A strip's colour. Day or night follows the one rule of the domain (`dayOrNight`: NIGHT, EVENING,
 * DUSK, TWILIGHT, SUNSET, MAGIC HOUR, MIDNIGHT are night; anything else, or no time, is day). `time` may be
 * a heading's time or the `'day'`/`'night'` that `dayOrNight` resolved for the whole script, which is
 * what a board should pass: a `CONTINUOUS` scene takes its light from the scene before, and only the
 * script order knows which that is. `INT/EXT` scenes take the exterior colour (weather and daylight rule
 * the exterior part, which is what the colour warns about); a scene without INT or EXT is an interior.
 */
export const stripColour = (
  intExt: IntExt | null,
  time: string | null,
  palette: StripPalette = DEFAULT_STRIP_PALETTE,
): StripColour => palette[stripKind(intExt, time)];

/** Which of the four strips a scene is: the key of its colour in a `StripPalette`. */
export type StripKind = keyof StripPalette;

/** The same rule as `stripColour`, as the strip's kind. */
export const stripKind = (intExt: IntExt | null, time: string | null): StripKind => {
  const exterior = intExt === 'EXT' || intExt === 'INT/EXT';
  if (dayOrNight([{ time }])[0] === 'night') return exterior ? 'nightExterior' : 'nightInterior';
  return exterior ? 'dayExterior' : 'dayInterior';
};

/** What a board's legend calls each kind. */
export const STRIP_KIND_LABELS: Readonly<Record<StripKind, string>> = {
  dayInterior: 'Day interior',
  dayExterior: 'Day exterior',
  nightInterior: 'Night interior',
  nightExterior: 'Night exterior',
};

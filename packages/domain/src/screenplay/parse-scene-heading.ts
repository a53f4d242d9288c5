import type { IntExt } from './scene.js';

/** The parts of a scene heading a breakdown uses. */
export type SceneHeadingParts = {
  readonly intExt: IntExt | null;
  /** The set or location: `HARBOUR OFFICE`; the whole heading when it has no INT/EXT prefix. */
  readonly location: string;
  /** Time of day as written: `NIGHT`, `DAY (RAIN)`, `CONTINUOUS`; null when the heading has none. */
  readonly time: string | null;
};

const PREFIX =
  /^\s*(int\.?\s*\/\s*ext|ext\.?\s*\/\s*int|i\s*\/\s*e|e\s*\/\s*i|int|ext|est)(?:\.|\s+|$)\s*/i;

// Separators between location and time: a dash (or en/em dash, or two) with spaces around it. Runs of
// white space are collapsed first, which also keeps the split linear on a line of spaces.
const SEPARATOR = / [-\u2013\u2014]+ /;

/**
 * Words that open a time-of-day part. A heading's last dash-separated part is only read as the time
 * when it starts with one of these, so `INT. HOUSE - KITCHEN` keeps `HOUSE - KITCHEN` as the location.
 */
const TIME_WORDS = new Set([
  'DAY',
  'NIGHT',
  'MORNING',
  'AFTERNOON',
  'EVENING',
  'DAWN',
  'DUSK',
  'SUNRISE',
  'SUNSET',
  'NOON',
  'MIDDAY',
  'MIDNIGHT',
  'TWILIGHT',
  'DAYBREAK',
  'NIGHTFALL',
  'PRE-DAWN',
  'CONTINUOUS',
  'CONT',
  'LATER',
  'MOMENTS',
  'SAME',
  'MAGIC',
  'GOLDEN',
  'EARLY',
  'LATE',
  'FIRST',
]);

/**
 * Splits `INT. HARBOUR OFFICE - NIGHT` into INT, `HARBOUR OFFICE` and `NIGHT`. `INT./EXT.`, `INT/EXT` and
 * `I/E` are both; `EST` (an establishing shot) counts as exterior. Case-insensitive; the location and
 * time keep the heading's own spelling, with runs of spaces made single.
 */
export const parseSceneHeading = (heading: string): SceneHeadingParts => {
  const prefix = PREFIX.exec(heading);
  const intExt = prefix ? intExtOf(prefix[1] ?? '') : null;
  const rest = (prefix ? heading.slice(prefix[0].length) : heading).replace(/\s+/g, ' ').trim();
  const parts = rest.split(SEPARATOR);
  // The first part that starts with a time word, and everything after it, is the time.
  for (let i = 1; i < parts.length; i += 1) {
    if (startsWithTimeWord(parts[i] ?? '')) {
      return {
        intExt,
        location: parts.slice(0, i).join(' - '),
        time: parts.slice(i).join(' - '),
      };
    }
  }
  return { intExt, location: rest, time: null };
};

const intExtOf = (prefix: string): IntExt => {
  const upper = prefix.toUpperCase();
  if (upper.includes('/')) return 'INT/EXT';
  return upper.startsWith('INT') ? 'INT' : 'EXT';
};

const startsWithTimeWord = (part: string): boolean => {
  const word = /^[(\s]*([\p{L}-]+)/u.exec(part)?.[1];
  return word !== undefined && TIME_WORDS.has(word.toUpperCase());
};

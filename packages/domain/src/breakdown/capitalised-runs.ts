/** A run of capitalised words in a line of action: `[start, end)` in the text, and the words as a name. */
export type CapitalisedRun = {
  readonly start: number;
  readonly end: number;
  /** The run as written, inner white space made single: `RED PICKUP TRUCK`, `MARGOT` (from `MARGOT'S`). */
  readonly name: string;
};

// A capitalised word: capitals and digits, possibly joined by hyphens or apostrophes (`CONT'D`,
// `RED-HAIRED`, `AK-47`), with a possessive apostrophe allowed at the end (`JAMES'`). `MR.` and friends keep
// their full stop so `MR. KOVACS` stays one run.
const WORD = String.raw`(?:(?:MRS|MR|MS|DR|ST)\.|[\p{Lu}\p{N}]+(?:[-'’][\p{Lu}\p{N}]+)*['’]?)`;
// Words separated by spaces or tabs (never a line break), not glued to a lower-case letter on either side,
// so `McDONALD` and `MARGOT's` give nothing and `MARGOT` respectively.
const RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])${WORD}(?:[ \t]+${WORD})*(?![\p{L}\p{N}])`,
  'gu',
);
const WORD_IN_RUN = new RegExp(WORD, 'gu');

/**
 * Screenplay vocabulary written in capitals that is never an element: stripped from either end of a run
 * (`ANGLE ON MARGOT` → `MARGOT`, `MARGOT CONT'D` → `MARGOT`) and dropped when it is the whole run.
 */
const EDGE_PHRASES: readonly string[] = [
  'CONTINUOUS',
  'CONTINUED',
  "CONT'D",
  'CONT',
  'MOMENTS LATER',
  'A MOMENT LATER',
  'LATER',
  'SUPER',
  'SUPERIMPOSE',
  'SUPER OVER',
  'TITLE CARD',
  'TITLE OVER',
  'INSERT',
  'POV',
  'ANGLE ON',
  'ANOTHER ANGLE',
  'NEW ANGLE',
  'REVERSE ANGLE',
  'CLOSE ON',
  'CLOSE UP',
  'CLOSE-UP',
  'EXTREME CLOSE UP',
  'WIDE ON',
  'WIDE SHOT',
  'TRACKING SHOT',
  'AERIAL SHOT',
  'ESTABLISHING SHOT',
  'BACK TO SCENE',
  'BACK TO PRESENT',
  'BACK TO PRESENT DAY',
  'CUT TO',
  'SMASH CUT TO',
  'SMASH CUT',
  'MATCH CUT TO',
  'MATCH CUT',
  'JUMP CUT',
  'DISSOLVE TO',
  'FADE IN',
  'FADE OUT',
  'FADE TO',
  'FADE TO BLACK',
  'CUT TO BLACK',
  'OVER BLACK',
  'FLASHBACK',
  'END FLASHBACK',
  'FLASH BACK',
  'FLASH FORWARD',
  'INTERCUT',
  'INTERCUT WITH',
  'MONTAGE',
  'END MONTAGE',
  'SERIES OF SHOTS',
  'END SERIES OF SHOTS',
  'SLOW MOTION',
  'FREEZE FRAME',
  'SPLIT SCREEN',
  'OFF SCREEN',
  'ON SCREEN',
  'PRELAP',
  'CHYRON',
  'OMITTED',
  'INT',
  'EXT',
  'EST',
  'VO',
  'OS',
  'OC',
  'SFX',
  'VFX',
];

/**
 * Vocabulary only when it is the whole run: these words also begin real names (`END TABLE`, `BLACK SUV`,
 * `TITLE DEED`), so they are not stripped from the edges.
 */
const WHOLE_RUN_PHRASES: readonly string[] = [
  'THE END',
  'END',
  'TITLE',
  'TITLES',
  'MORE',
  'BLACK',
  'WHITE',
  'DAY',
  'NIGHT',
  'ANGLE',
  'CLOSE',
  'WIDE',
  'AERIAL',
  'ESTABLISHING',
  'CU',
  'ECU',
  'MCU',
  'OK',
];

const ARTICLES = new Set(['A', 'AN', 'THE']);

const words = (phrase: string): readonly string[] => phrase.split(' ');
const EDGE = EDGE_PHRASES.map(words);
const WHOLE = new Set([...EDGE_PHRASES, ...WHOLE_RUN_PHRASES]);
const ROMAN_NUMERAL = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const LETTER = /\p{L}/gu;
const POSSESSIVE = /(?:['’]S|['’])$/;

type Word = { readonly start: number; readonly end: number; readonly key: string };

/**
 * The capitalised runs of `text` a breakdown suggests as elements, in order: writers introduce characters
 * and call out props, vehicles and sounds in capitals (`A RED PICKUP TRUCK`, `MARGOT (40s)`, `BANG!`).
 * Screenplay vocabulary is left out, a leading article is dropped, a possessive is stripped, and what
 * remains must hold at least two letters and not be a roman numeral alone (`I`, `II`, `IV`).
 */
export const capitalisedRuns = (text: string): CapitalisedRun[] => {
  const runs: CapitalisedRun[] = [];
  for (const match of text.matchAll(RUN)) {
    const found: Word[] = [];
    for (const word of match[0].matchAll(WORD_IN_RUN)) {
      const start = match.index + word.index;
      found.push({ start, end: start + word[0].length, key: word[0].replace(/’/g, "'") });
    }
    const kept = trimRun(found);
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (!first || !last) continue;
    const raw = text.slice(first.start, last.end);
    const stripped = raw.replace(POSSESSIVE, '');
    const name = stripped.replace(/\s+/g, ' ');
    if ((name.match(LETTER)?.length ?? 0) < 2) continue;
    if (kept.length === 1 && ROMAN_NUMERAL.test(name)) continue;
    runs.push({ start: first.start, end: first.start + stripped.length, name });
  }
  return runs;
};

/** Drops vocabulary at either end (repeatedly), then a leading article or number; [] when nothing is left. */
const trimRun = (run: readonly Word[]): readonly Word[] => {
  let from = 0;
  let to = run.length;
  for (let changed = true; changed && from < to;) {
    changed = false;
    const keys = run.slice(from, to).map((w) => w.key.replace(POSSESSIVE, ''));
    if (WHOLE.has(keys.join(' '))) return [];
    for (const phrase of EDGE) {
      if (phrase.length >= keys.length) continue;
      if (phrase.every((w, i) => keys[i] === w)) {
        from += phrase.length;
        changed = true;
        break;
      }
      if (phrase.every((w, i) => keys[keys.length - phrase.length + i] === w)) {
        to -= phrase.length;
        changed = true;
        break;
      }
    }
  }
  while (to - from > 1 && isArticleOrNumber(run[from]?.key ?? '')) from += 1;
  return run.slice(from, to);
};

const isArticleOrNumber = (key: string): boolean => ARTICLES.has(key) || !/\p{L}/u.test(key);

import { isNaturalCharacterCue, parseCharacterCue } from './parse-character-cue.js';
import { parseInline } from './parse-inline.js';

/**
 * What the first line of a paragraph is. `raw` is the line's own text with the forcing mark taken off
 * and, except for action (where spaces indent), trimmed; emphasis and escapes are still in it. A cue
 * comes already read: name, extensions, and the cue as written without `@` and `^`.
 */
export type ParagraphStart =
  | { readonly kind: 'page-break' }
  | { readonly kind: 'section'; readonly depth: number; readonly raw: string }
  | { readonly kind: 'synopsis'; readonly raw: string }
  | { readonly kind: 'action'; readonly raw: string; readonly looksLikeHeading: boolean }
  | { readonly kind: 'centered'; readonly raw: string }
  | { readonly kind: 'lyrics'; readonly raw: string }
  | { readonly kind: 'scene-heading'; readonly raw: string; readonly sceneNumber: string | null }
  | { readonly kind: 'transition'; readonly raw: string }
  | {
      readonly kind: 'character';
      readonly cue: string;
      readonly name: string;
      readonly extensions: readonly string[];
      /** Ends in `^`: the second speaker of a dual-dialogue pair. */
      readonly caret: boolean;
    };

const NATURAL_HEADING = /^(?:int\.?\/ext|int\/ext|i\/e|int|ext|est)[.\s]\s*\S/i;

/** The keys a title page may start with (Fountain 1.1; other keys may follow the first). */
export const TITLE_PAGE_START =
  /^(?:title|credit|authors?|source|draft ?date|date|contact|copyright|notes|revisions?)\s*:/i;

export const isPageBreak = (trimmed: string): boolean => /^={3,}$/.test(trimmed);

/** `> THE END <`; a `\<` at the end is an escaped bracket, so `>CUT\<` is a transition. */
export const isCentered = (trimmed: string): boolean =>
  trimmed.length >= 2 &&
  trimmed.startsWith('>') &&
  trimmed.endsWith('<') &&
  trimmed[trimmed.length - 2] !== '\\';

/**
 * Classifies the first line of a paragraph the way Fountain 1.1 reads it. `blankBefore`: the previous
 * line was blank (or the script or title page just ended, or a section, synopsis or page break stood
 * there: they do not print). `blankAfter`: the next line is blank or there is none.
 *
 * Markers that work anywhere a paragraph starts: `===` page break, `#` section, `=` synopsis, `!`
 * action, `~` lyrics, `> <` centered. After a blank line only: `.` heading, `>` transition, `@` cue,
 * and the natural forms — a heading (`INT.`, `EXT`, `EST`, `INT./EXT`, `INT/EXT`, `I/E`, any case)
 * and a transition (upper case ending in `TO:`) need a blank line after; a cue (upper case) needs
 * text after.
 */
export const classifyParagraphStart = (
  line: string,
  blankBefore: boolean,
  blankAfter: boolean,
): ParagraphStart => {
  const trimmed = line.trim();
  const first = trimmed[0];
  if (isPageBreak(trimmed)) return { kind: 'page-break' };
  if (first === '#') {
    let depth = 1;
    while (trimmed[depth] === '#') depth += 1;
    return { kind: 'section', depth, raw: trimmed.slice(depth).trim() };
  }
  if (first === '=') return { kind: 'synopsis', raw: trimmed.slice(1).trim() };
  if (first === '!') {
    return {
      kind: 'action',
      raw: line.slice(line.indexOf('!') + 1).trimEnd(),
      looksLikeHeading: false,
    };
  }
  if (first === '~') return { kind: 'lyrics', raw: trimmed.slice(1).trim() };
  if (isCentered(trimmed)) return { kind: 'centered', raw: trimmed.slice(1, -1).trim() };
  const action = { kind: 'action', raw: line.trimEnd(), looksLikeHeading: false } as const;
  if (!blankBefore) return action;
  if (first === '.' && trimmed.length > 1 && trimmed[1] !== '.') {
    return { kind: 'scene-heading', ...splitSceneNumber(trimmed.slice(1)) };
  }
  if (first === '>' && trimmed.length > 1)
    return { kind: 'transition', raw: trimmed.slice(1).trim() };
  if (first === '@') {
    const cue = characterCue(trimmed.slice(1));
    if (cue) return cue;
  }
  if (NATURAL_HEADING.test(trimmed)) {
    return blankAfter
      ? { kind: 'scene-heading', ...splitSceneNumber(trimmed) }
      : { ...action, looksLikeHeading: true };
  }
  if (blankAfter) {
    return isNaturalTransition(trimmed) ? { kind: 'transition', raw: trimmed } : action;
  }
  if (isNaturalCharacterCue(withoutCaret(trimmed))) return characterCue(trimmed) ?? action;
  return action;
};

const isNaturalTransition = (trimmed: string): boolean =>
  trimmed.endsWith('TO:') && trimmed === trimmed.toUpperCase();

/** Whether the cue ends in a dual-dialogue caret (`\^` is a literal one). */
const endsWithCaret = (cue: string): boolean => cue.endsWith('^') && !cue.endsWith('\\^');

/** The cue without its dual-dialogue caret, and any repeats of it. */
const withoutCaret = (cue: string): string => {
  let end = cue.length;
  while (end > 0 && (cue[end - 1] ?? '').trim() === '') end -= 1;
  while (end > 0 && cue[end - 1] === '^' && cue[end - 2] !== '\\') {
    end -= 1;
    while (end > 0 && (cue[end - 1] ?? '').trim() === '') end -= 1;
  }
  return cue.slice(0, end);
};

const characterCue = (written: string): ParagraphStart | null => {
  const trimmed = written.trim();
  const caret = endsWithCaret(trimmed);
  // Escapes are read in cues too (emphasis is dropped), so a printer can write any name.
  const cue = parseInline(withoutCaret(trimmed).trim()).text.trim();
  const parsed = parseCharacterCue(cue);
  return parsed ? { kind: 'character', cue, ...parsed, caret } : null;
};

/**
 * Takes a scene number (`#5A#`: letters, digits, dashes and periods) off the end of a heading.
 * Found with index searches, not a regular expression, so a long line cannot make it slow.
 */
export const splitSceneNumber = (
  heading: string,
): { readonly raw: string; readonly sceneNumber: string | null } => {
  const text = heading.trim();
  if (text.length >= 3 && text.endsWith('#')) {
    const open = text.lastIndexOf('#', text.length - 2);
    const number = text.slice(open + 1, -1);
    if (open >= 0 && text[open - 1] !== '\\' && /^[\p{L}\p{N}.-]+$/u.test(number)) {
      return { raw: text.slice(0, open).trim(), sceneNumber: number };
    }
  }
  return { raw: text, sceneNumber: null };
};

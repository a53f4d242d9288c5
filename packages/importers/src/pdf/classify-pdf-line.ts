import { isNaturalCharacterCue } from '../fountain/parse-character-cue.js';
import type { PdfLine, PdfSegment } from './build-pdf-lines.js';
import { isCenteredOnPage } from './is-centered-on-page.js';
import type { ScreenplayIndents } from './learn-screenplay-indents.js';
import { isSceneHeadingText } from './scene-heading-pattern.js';

/** Scene numbers as printed in the margins: `12`, `5A`, `A5`, `I-1.a`; revision marks `*`. */
const MARGIN_MARK = /^(?:[A-Za-z0-9][A-Za-z0-9.-]{0,7}\*?|\*+)$/;
/** How close (inches) a line must start to an indent to be read as that kind of line. */
const INDENT_TOLERANCE = 0.35;
/** Right of action by this much (inches) a segment is in the right margin (7 in on US Letter). */
const RIGHT_MARGIN_OFFSET = 5.6;

export type ClassifiedLine =
  | { readonly kind: 'scene-heading'; readonly text: string; readonly numbers: readonly string[] }
  | {
      readonly kind: 'action';
      readonly text: string;
      readonly centered: boolean;
      readonly offIndent: boolean;
    }
  | { readonly kind: 'character'; readonly text: string; readonly centered: boolean }
  | { readonly kind: 'parenthetical'; readonly text: string }
  | { readonly kind: 'dialogue'; readonly text: string }
  | { readonly kind: 'transition'; readonly text: string }
  | { readonly kind: 'more' }
  | {
      readonly kind: 'dual-cues';
      readonly left: string;
      readonly right: string;
      readonly split: number;
    }
  | { readonly kind: 'empty' };

/**
 * Splits off what is printed in the margins: scene numbers left of the action indent and right of
 * the text column, and revision asterisks. Returns the line's own segments and the margin marks
 * that look like scene numbers (left first).
 */
export const splitMargins = (
  line: PdfLine,
  indents: ScreenplayIndents,
): { readonly main: readonly PdfSegment[]; readonly numbers: readonly string[] } => {
  const main: PdfSegment[] = [];
  const numbers: string[] = [];
  for (const segment of line.segments) {
    const inMargin =
      segment.x < indents.action - 0.25 || segment.x >= indents.action + RIGHT_MARGIN_OFFSET;
    if (inMargin && MARGIN_MARK.test(segment.text) && line.segments.length > 1) {
      const number = segment.text.replace(/\*+$/, '');
      if (/\d/.test(number)) numbers.push(number);
    } else {
      main.push(segment);
    }
  }
  return { main, numbers };
};

const isUpper = (text: string): boolean => /\p{Lu}/u.test(text) && text === text.toUpperCase();

/**
 * What a printed line is, from where it starts (`indents`, learned from the document) and what it
 * says. The caller fixes up what needs context: a cue with no speech after it, a dialogue line
 * outside a speech, a parenthetical that wraps.
 */
export const classifyPdfLine = (
  line: PdfLine,
  indents: ScreenplayIndents,
  pageWidth: number,
): ClassifiedLine => {
  const { main, numbers } = splitMargins(line, indents);
  const first = main[0];
  if (first === undefined) return { kind: 'empty' };
  const text = main.map((segment) => segment.text).join(' ');
  // A revision mark alone on a line (beside a blank line that changed).
  if (/^\*+$/.test(text)) return { kind: 'empty' };
  if (/^\(\s*MORE\s*\)$/i.test(text)) return { kind: 'more' };
  const second = main[1];
  // Dual dialogue (best effort): two cues side by side on one baseline. The columns below are split
  // halfway between the cues' starts.
  if (
    main.length === 2 &&
    second !== undefined &&
    first.x > indents.action + 0.3 &&
    isNaturalCharacterCue(first.text) &&
    isNaturalCharacterCue(second.text) &&
    !isSceneHeadingText(text)
  ) {
    return {
      kind: 'dual-cues',
      left: first.text,
      right: second.text,
      split: (first.x + second.x) / 2,
    };
  }
  const centered = isCenteredOnPage(main, pageWidth);
  const upper = isUpper(text);
  if (upper && /TO:$/.test(text) && first.x > indents.action + 0.5)
    return { kind: 'transition', text };
  const nearest = (
    [
      ['action', indents.action],
      ['dialogue', indents.dialogue],
      ['parenthetical', indents.parenthetical],
      ['character', indents.character],
    ] as const
  )
    .map(([kind, x]) => ({ kind, distance: Math.abs(first.x - x) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const at = nearest !== undefined && nearest.distance <= INDENT_TOLERANCE ? nearest.kind : null;
  switch (at) {
    case 'action':
      if (isSceneHeadingText(text)) return { kind: 'scene-heading', text, numbers };
      return { kind: 'action', text, centered: false, offIndent: false };
    case 'dialogue':
    case 'parenthetical':
      return text.startsWith('(') ? { kind: 'parenthetical', text } : { kind: 'dialogue', text };
    case 'character':
      if (isNaturalCharacterCue(text)) return { kind: 'character', text, centered };
      if (text.startsWith('(')) return { kind: 'parenthetical', text };
      return { kind: 'action', text, centered, offIndent: !centered };
    case null:
      // Right of the cues: a right-aligned transition (FADE OUT., CUT TO:), else stray text.
      if (upper && first.x > indents.character + 0.5 && !centered)
        return { kind: 'transition', text };
      return { kind: 'action', text, centered, offIndent: !centered };
  }
};

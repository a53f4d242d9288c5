import type { TextStyleSpan } from '@greenlight/domain';
import { childrenNamed, ownText, type XmlElement } from './read-xml-tree.js';

/** A stretch of a paragraph's text marked with a breakdown tag (`TagNumber` on its runs). */
export type TaggedSpan = {
  readonly tagNumber: string;
  readonly start: number;
  readonly end: number;
};

export type ParagraphText = {
  /** The runs joined, then trimmed. */
  readonly text: string;
  /** Bold, italic and underline spans over `text`, merged where runs of one style touch. */
  readonly styles: TextStyleSpan[];
  readonly tagged: TaggedSpan[];
};

const STYLE_ORDER: readonly TextStyleSpan['style'][] = ['bold', 'italic', 'underline'];

/** `Style="Bold+Underline"` → the styles Greenlight keeps; `AllCaps`, `Strikeout`… are dropped. */
const stylesOf = (style: string | undefined): TextStyleSpan['style'][] => {
  const parts = new Set((style ?? '').split('+').map((part) => part.trim().toLowerCase()));
  return STYLE_ORDER.filter((name) => parts.has(name));
};

/**
 * Reads a paragraph's `<Text>` runs: their text in order, the style spans and the tagged spans.
 * Runs of the same style or tag that touch become one span (Final Draft splits a phrase into runs
 * whenever any attribute changes). The joined text is trimmed and the spans moved with it.
 */
export const readTextRuns = (paragraph: XmlElement): ParagraphText => {
  let raw = '';
  const styles: TextStyleSpan[] = [];
  const tagged: TaggedSpan[] = [];
  for (const run of childrenNamed(paragraph, 'Text')) {
    const text = ownText(run);
    const start = raw.length;
    raw += text;
    if (text === '') continue;
    const end = raw.length;
    for (const style of stylesOf(run.attributes['Style'])) {
      const open = styles.findLast((span) => span.style === style);
      if (open?.end === start) styles[styles.lastIndexOf(open)] = { ...open, end };
      else styles.push({ start, end, style });
    }
    const tagNumber = run.attributes['TagNumber']?.trim();
    if (tagNumber !== undefined && tagNumber !== '' && tagNumber !== '0') {
      const last = tagged[tagged.length - 1];
      if (last?.tagNumber === tagNumber && last.end === start) {
        tagged[tagged.length - 1] = { ...last, end };
      } else {
        tagged.push({ tagNumber, start, end });
      }
    }
  }
  const text = raw.trim();
  const offset = raw.length - raw.trimStart().length;
  const clip = <T extends { start: number; end: number }>(spans: readonly T[]): T[] =>
    spans
      .map((span) => ({
        ...span,
        start: Math.max(0, span.start - offset),
        end: Math.min(text.length, span.end - offset),
      }))
      .filter((span) => span.start < span.end);
  return {
    text,
    styles: clip(styles).sort(
      (a, b) => a.start - b.start || STYLE_ORDER.indexOf(a.style) - STYLE_ORDER.indexOf(b.style),
    ),
    tagged: clip(tagged),
  };
};

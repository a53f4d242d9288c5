/** A tag drawn on a stretch of an element's text: [start, end) in the element's `text`. */
export type SpanMark = {
  readonly tagId: string;
  readonly elementId: string;
  readonly start: number;
  readonly end: number;
};

export type TextStyle = 'bold' | 'italic' | 'underline';
export type StyleSpan = { readonly start: number; readonly end: number; readonly style: TextStyle };

/** A run of text with the same tags and styles over all of it. */
export type TextSegment<M extends SpanMark> = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The tags covering the run, longest first (so the innermost is drawn last, on top). */
  readonly marks: readonly M[];
  readonly styles: readonly TextStyle[];
  /** The tags that end with this run (an asterisk mark is drawn after its last run). */
  readonly endingMarks: readonly M[];
};

const clamp = (value: number, length: number): number => Math.max(0, Math.min(length, value));

/**
 * Cuts `text` at every tag and style boundary, so overlapping and nested tags each colour exactly their own
 * characters. Spans outside the text are clipped; empty ones are ignored. The runs cover the whole text.
 */
export const splitIntoSegments = <M extends SpanMark>(
  text: string,
  marks: readonly M[],
  styles: readonly StyleSpan[] = [],
): TextSegment<M>[] => {
  const length = text.length;
  const clipped = marks
    .map((m) => ({ mark: m, start: clamp(m.start, length), end: clamp(m.end, length) }))
    .filter((m) => m.end > m.start);
  const clippedStyles = styles
    .map((s) => ({ ...s, start: clamp(s.start, length), end: clamp(s.end, length) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const m of clipped) cuts.add(m.start).add(m.end);
  for (const s of clippedStyles) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment<M>[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    if (end <= start) continue;
    const covering = clipped
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    const styleSet = new Set<TextStyle>(
      clippedStyles.filter((s) => s.start <= start && s.end >= end).map((s) => s.style),
    );
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      marks: covering.map((m) => m.mark),
      styles: (['bold', 'italic', 'underline'] as const).filter((s) => styleSet.has(s)),
      endingMarks: covering.filter((m) => m.end === end).map((m) => m.mark),
    });
  }
  if (segments.length === 0) {
    segments.push({ start: 0, end: 0, text: '', marks: [], styles: [], endingMarks: [] });
  }
  return segments;
};

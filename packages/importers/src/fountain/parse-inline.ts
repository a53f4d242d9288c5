import type { TextStyleSpan } from '@greenlight/domain';

/** Text with its emphasis markers taken out and kept as spans. */
export type InlineText = { readonly text: string; readonly styles: readonly TextStyleSpan[] };

/** Whether `\` before this character code escapes it: ASCII punctuation, as in Markdown. */
export const isEscapable = (code: number): boolean =>
  (code >= 0x21 && code <= 0x2f) ||
  (code >= 0x3a && code <= 0x40) ||
  (code >= 0x5b && code <= 0x60) ||
  (code >= 0x7b && code <= 0x7e);

type Delimiter = {
  readonly char: '*' | '_';
  readonly count: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  /** Markers of the run not matched yet; what is left at the end stays in the text. */
  remaining: number;
  /** Whether part of the run opens a span. */
  opens: boolean;
  /** The spans this run closes: which opener, and how many markers each took. */
  readonly closes: { readonly opener: Delimiter; readonly count: number }[];
};

type Piece = string | Delimiter;

const STYLE_ORDER: Readonly<Record<TextStyleSpan['style'], number>> = {
  bold: 0,
  italic: 1,
  underline: 2,
};

/**
 * Reads Fountain emphasis in one line: `*italic*`, `**bold**`, `***bold italic***`, `_underline_`,
 * nested or combined (`_**both**_`), and `\` escapes before any ASCII punctuation (`\*` is a literal
 * star). Emphasis never crosses a line break. A marker opens before a non-space and closes after one;
 * an underscore does not open or close inside a word (`snake_case_name` stays as is). Markers that find
 * no partner stay in the text. Spans are sorted by start, end, then bold < italic < underline.
 */
export const parseInline = (line: string): InlineText => {
  if (!line.includes('*') && !line.includes('_') && !line.includes('\\')) {
    return { text: line, styles: [] };
  }
  const pieces = tokenize(line);
  matchDelimiters(pieces);
  return render(pieces);
};

const tokenize = (line: string): Piece[] => {
  const pieces: Piece[] = [];
  let literal = '';
  let i = 0;
  while (i < line.length) {
    const char = line[i] ?? '';
    if (char === '\\' && isEscapable(line.charCodeAt(i + 1))) {
      literal += line[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (char !== '*' && char !== '_') {
      literal += char;
      i += 1;
      continue;
    }
    let end = i + 1;
    while (line[end] === char) end += 1;
    const count = end - i;
    const before = line[i - 1];
    const after = line[end];
    const usable = char === '*' ? count <= 3 : count === 1;
    if (!usable) {
      literal += line.slice(i, end);
    } else {
      if (literal) pieces.push(literal);
      literal = '';
      const wordBefore = char === '_' && before !== undefined && isWordChar(before);
      const wordAfter = char === '_' && after !== undefined && isWordChar(after);
      pieces.push({
        char,
        count,
        canOpen: after !== undefined && !isSpace(after) && !wordBefore,
        canClose: before !== undefined && !isSpace(before) && !wordAfter,
        remaining: count,
        opens: false,
        closes: [],
      });
    }
    i = end;
  }
  if (literal) pieces.push(literal);
  return pieces;
};

/**
 * Pairs closers with the nearest open runs of the same marker, CommonMark-style: a run of stars may be
 * shared (`**bold *and italic***` closes both), two markers are taken at a time when both sides have
 * two (bold), else one (italic). Open runs walked over are dropped, and a closer only searches when an
 * open run of its marker exists, so the whole pass is linear.
 */
const matchDelimiters = (pieces: readonly Piece[]): void => {
  const open: Delimiter[] = [];
  const openCount = { '*': 0, _: 0 };
  const dropFrom = (k: number): void => {
    for (const dropped of open.splice(k)) openCount[dropped.char] -= 1;
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') continue;
    while (piece.canClose && piece.remaining > 0 && openCount[piece.char] > 0) {
      let k = open.length - 1;
      while (k >= 0 && open[k]?.char !== piece.char) k -= 1;
      const opener = open[k];
      if (opener === undefined) break;
      const count = opener.remaining >= 2 && piece.remaining >= 2 ? 2 : 1;
      opener.remaining -= count;
      opener.opens = true;
      piece.remaining -= count;
      piece.closes.push({ opener, count });
      dropFrom(opener.remaining > 0 ? k + 1 : k);
    }
    if (piece.canOpen && piece.remaining > 0) {
      open.push(piece);
      openCount[piece.char] += 1;
    }
  }
};

const styleOf = (char: '*' | '_', count: number): TextStyleSpan['style'] => {
  if (char === '_') return 'underline';
  return count === 2 ? 'bold' : 'italic';
};

const render = (pieces: readonly Piece[]): InlineText => {
  let text = '';
  const starts = new Map<Delimiter, number>();
  const styles: TextStyleSpan[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      continue;
    }
    // A run closes its spans, leaves its unmatched markers as text, then opens its own spans: the
    // markers nearest the text are the ones that pair.
    for (const { opener, count } of piece.closes) {
      const start = starts.get(opener);
      if (start !== undefined && start < text.length) {
        styles.push({ start, end: text.length, style: styleOf(piece.char, count) });
      }
    }
    text += piece.char.repeat(piece.remaining);
    if (piece.opens) starts.set(piece, text.length);
  }
  styles.sort(compareSpans);
  return { text, styles };
};

export const compareSpans = (a: TextStyleSpan, b: TextStyleSpan): number =>
  a.start - b.start || a.end - b.end || STYLE_ORDER[a.style] - STYLE_ORDER[b.style];

const isSpace = (char: string): boolean => char.trim() === '';

const isWordChar = (char: string): boolean => /[\p{L}\p{N}]/u.test(char);

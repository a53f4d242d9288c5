import type { PdfPageText, PdfTextRun } from './load-pdf-text.js';

const POINTS_PER_INCH = 72;

/** A stretch of a printed line with no wide gap in it, in inches from the page's left edge. */
export type PdfSegment = {
  readonly x: number;
  readonly right: number;
  readonly text: string;
};

/** One printed line: the segments that share a baseline, left to right. */
export type PdfLine = {
  /** 1-based page of the file. */
  readonly page: number;
  /** Baseline, in inches down from the top of the page. */
  readonly y: number;
  readonly segments: readonly PdfSegment[];
};

/** The line's text: its segments joined with one space. */
export const lineText = (line: { readonly segments: readonly PdfSegment[] }): string =>
  line.segments.map((segment) => segment.text).join(' ');

/**
 * Rebuilds a page's printed lines from pdf.js's text runs, top to bottom. Runs whose baselines are
 * within a third of the font size share a line. Within a line, a gap of less than 2.5 characters
 * is a space between words (tools write words, or even letters, as separate runs), a wider one
 * separates segments: scene numbers in the margins, the two columns of dual dialogue, a header's
 * left and right parts. Tools that lay a line out with spaces in one run ("5A   INT. HOUSE") get the
 * same segments: three or more spaces in a run split it.
 */
export const buildPdfLines = (page: PdfPageText): PdfLine[] => {
  const runs = [...page.runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  let current: PdfTextRun[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    if (current.length > 0 && run.y - baseline <= run.fontSize / 3) {
      current.push(run);
    } else {
      current = [run];
      groups.push(current);
      baseline = run.y;
    }
  }
  return groups.map((group) => ({
    page: page.page,
    y: (group[0]?.y ?? 0) / POINTS_PER_INCH,
    segments: segmentsOf(group),
  }));
};

type Piece = {
  readonly x: number;
  readonly right: number;
  readonly text: string;
  readonly char: number;
};

/** The width of one character of a run (Courier 12 pt: 7.2 pt), from its measured width. */
const charWidth = (run: PdfTextRun): number =>
  run.width > 0 && run.text.length > 0 ? run.width / run.text.length : run.fontSize * 0.6;

/** A run cut at runs of three or more spaces, each piece placed by counting characters. */
const piecesOf = (run: PdfTextRun): Piece[] => {
  const char = charWidth(run);
  const pieces: Piece[] = [];
  for (const match of run.text.matchAll(/\S+(?: {1,2}\S+)*/g)) {
    const x = run.x + match.index * char;
    pieces.push({ x, right: x + match[0].length * char, text: match[0], char });
  }
  return pieces;
};

const segmentsOf = (group: readonly PdfTextRun[]): PdfSegment[] => {
  const pieces = group.flatMap(piecesOf).sort((a, b) => a.x - b.x);
  const segments: { x: number; right: number; text: string }[] = [];
  let last: Piece | null = null;
  for (const piece of pieces) {
    const open = segments[segments.length - 1];
    // Some tools print bold by drawing the same text twice, a hair apart.
    if (last !== null && piece.text === last.text && Math.abs(piece.x - last.x) < piece.char / 2) {
      continue;
    }
    const gap = last === null ? Number.POSITIVE_INFINITY : piece.x - last.right;
    if (open === undefined || gap > 2.5 * piece.char) {
      segments.push({ x: piece.x, right: piece.right, text: piece.text });
    } else {
      open.text += gap > 0.3 * piece.char ? ` ${piece.text}` : piece.text;
      open.right = Math.max(open.right, piece.right);
    }
    last = piece;
  }
  return segments.map((segment) => ({
    x: segment.x / POINTS_PER_INCH,
    right: segment.right / POINTS_PER_INCH,
    text: segment.text.replace(/\s+/g, ' ').trim(),
  }));
};

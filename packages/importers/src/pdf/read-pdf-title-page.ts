import type { TitlePageField } from '@greenlight/domain';
import { lineText, type PdfLine } from './build-pdf-lines.js';
import { isCenteredOnPage } from './is-centered-on-page.js';
import { isSceneHeadingText } from './scene-heading-pattern.js';

/** A baseline this much (inches) below the previous one starts a new block: more than 1.5 lines. */
const BLOCK_GAP = 0.25;
const CREDIT =
  /^(?:(?:original\s+)?(?:written|screenplay|teleplay|story|screen\s+story|adapted)(?:\s+and\s+\w+)?\s+)?by$/i;

type Block = { readonly lines: string[]; readonly side: 'center' | 'left' | 'right' };

/**
 * Reads page 1 as a title page when it is one: no scene heading on it, and its first line centered
 * (a script's first page starts at the left margin with FADE IN: or a heading). Centered blocks are
 * read in order: the first is the Title, "Written by" and the like the Credit, the block after it the
 * Author, "Based on…" the Source, anything else Notes; a block at the bottom left is the Contact and
 * one at the right the Draft date. Returns null when page 1 is not a title page.
 */
export const readPdfTitlePage = (
  lines: readonly PdfLine[],
  pageWidth: number,
): TitlePageField[] | null => {
  const first = lines[0];
  if (first === undefined || !isCenteredLine(first, pageWidth)) return null;
  if (lines.some((line) => line.segments.some((segment) => isSceneHeadingText(segment.text)))) {
    return null;
  }
  const blocks: Block[] = [];
  const open = new Map<Block['side'], { block: Block; y: number }>();
  for (const line of lines) {
    // A line may hold a left and a right part (contact on one side, draft date on the other).
    const parts = isCenteredLine(line, pageWidth)
      ? [{ side: 'center' as const, text: lineText(line) }]
      : line.segments.map((segment) => ({
          side: segment.x + segment.right < pageWidth ? ('left' as const) : ('right' as const),
          text: segment.text,
        }));
    for (const { side, text } of parts) {
      const previous = open.get(side);
      if (previous !== undefined && line.y - previous.y <= BLOCK_GAP) {
        previous.block.lines.push(text);
        previous.y = line.y;
      } else {
        const block: Block = { lines: [text], side };
        blocks.push(block);
        open.set(side, { block, y: line.y });
      }
    }
  }
  return fieldsOf(blocks);
};

const isCenteredLine = (line: PdfLine, pageWidth: number): boolean =>
  isCenteredOnPage(line.segments, pageWidth);

const fieldsOf = (blocks: readonly Block[]): TitlePageField[] => {
  const fields: TitlePageField[] = [];
  const trailing: TitlePageField[] = [];
  let afterCredit = false;
  for (const block of blocks) {
    const text = block.lines.join(' ');
    if (block.side === 'left') {
      trailing.push({ key: 'Contact', values: block.lines });
    } else if (block.side === 'right') {
      trailing.push({ key: 'Draft date', values: block.lines });
    } else if (fields.length === 0) {
      fields.push({ key: 'Title', values: block.lines });
    } else if (CREDIT.test(block.lines[0] ?? '')) {
      // "Written by" with the author's name in the same block, or in the next one.
      const [credit = '', ...authors] = block.lines;
      fields.push({ key: 'Credit', values: [credit] });
      if (authors.length > 0) fields.push({ key: 'Author', values: authors });
      afterCredit = authors.length === 0;
      continue;
    } else if (afterCredit) {
      fields.push({ key: 'Author', values: block.lines });
    } else if (/^based\s+on\b/i.test(text)) {
      fields.push({ key: 'Source', values: block.lines });
    } else {
      fields.push({ key: 'Notes', values: block.lines });
    }
    afterCredit = false;
  }
  return [...fields, ...trailing];
};

import { lineText, type PdfLine } from './build-pdf-lines.js';

/** Above this (inches from the top) sit headers and page numbers; the body starts at 1 in. */
const HEADER_BOTTOM = 0.85;
/** Within this distance of the bottom edge sit footers; the body ends at 10 in on US Letter. */
const FOOTER_HEIGHT = 0.6;

const PAGE_NUMBER = /^(?:page\s+)?(\d{1,4}[A-Z]{0,2})\.?$/i;
/** `CONTINUED:`, `(CONTINUED)`, `5A CONTINUED: (2) 5A` that tools print where a scene crosses a page. */
const CONTINUED = /^(?:\S{1,8}\s+)?\(?CONTINUED\)?:?(?:\s*\(\d+\))?(?:\s+\S{1,8})?$/i;

export type PageBody = {
  readonly lines: PdfLine[];
  /** The page number printed in the header or footer (`12`, `12A`), when there is one. */
  readonly printedNumber: string | null;
};

/**
 * Takes a page's headers, footers, page numbers and CONTINUED lines out of its lines, leaving the
 * script. Anything printed above the top margin or at the very bottom is page furniture (revision
 * headers, dates, titles, "Page 3 of 90"); a page number anywhere in those strips is remembered.
 */
export const removePageFurniture = (lines: readonly PdfLine[], pageHeight: number): PageBody => {
  const body: PdfLine[] = [];
  let printedNumber: string | null = null;
  for (const line of lines) {
    const inStrip = line.y < HEADER_BOTTOM || line.y > pageHeight - FOOTER_HEIGHT;
    if (inStrip) {
      for (const segment of line.segments) {
        const match = PAGE_NUMBER.exec(segment.text);
        if (match?.[1] !== undefined) printedNumber ??= match[1].toUpperCase();
      }
      continue;
    }
    if (CONTINUED.test(lineText(line))) continue;
    body.push(line);
  }
  return { lines: body, printedNumber };
};

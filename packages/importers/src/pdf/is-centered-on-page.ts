import type { PdfSegment } from './build-pdf-lines.js';

/**
 * Whether a line is centered on the page: one segment whose middle is within 0.3 in of the page's,
 * and which does not start at the left margin (a full-width line of action is nearly centered too).
 */
export const isCenteredOnPage = (segments: readonly PdfSegment[], pageWidth: number): boolean => {
  const [only, ...rest] = segments;
  return (
    only !== undefined &&
    rest.length === 0 &&
    only.x > pageWidth * 0.2 &&
    Math.abs((only.x + only.right) / 2 - pageWidth / 2) <= 0.3
  );
};

// Every size and colour of a rendered report, in PDF points (1/72 in) and hex. One place, so the
// look can be tuned without touching layout code.

export const PAGE = {
  /** US Letter, landscape: the width audit and cost reports need for their columns. */
  size: 'LETTER',
  layout: 'landscape',
  margins: { top: 36, bottom: 48, left: 40, right: 40 },
} as const;

export const COLOR = {
  text: '#1b1f24',
  muted: '#5b6570',
  rule: '#c5ccd4',
  headerFill: '#e4e9ef',
  zebraFill: '#f4f6f8',
  totalsFill: '#eef1f4',
} as const;

export const TEXT = {
  title: 20,
  subtitle: 12,
  metaLabel: 7,
  metaValue: 9.5,
  sectionHeading: 11.5,
  cell: 8.5,
  runningHeader: 8,
  footer: 7.5,
  lineGap: 1,
} as const;

export const SPACE = {
  cellPaddingX: 5,
  cellPaddingY: 4,
  afterTitle: 4,
  afterSubtitle: 12,
  metaGapX: 28,
  metaMinWidth: 90,
  metaRowGap: 8,
  afterHeader: 16,
  afterSectionHeading: 6,
  afterSection: 18,
  runningHeader: 20,
  /** Distance of the footer text below the content area (inside the bottom margin). */
  footerOffset: 14,
} as const;

// Every size and colour of a printed breakdown sheet, in PDF points (1/72 in) and hex. The sheet
// keeps the report's footer (report-style.ts) so every Greenlight PDF ends the same way.

export const SHEET_PAGE = {
  /** US Letter portrait: the page a breakdown sheet is printed on and filed in a binder. */
  size: 'LETTER',
  layout: 'portrait',
  margins: { top: 32, bottom: 48, left: 36, right: 36 },
} as const;

export const SHEET_COLOR = {
  band: '#263140',
  bandText: '#ffffff',
  bandMuted: '#b8c2cc',
  text: '#1b1f24',
  label: '#5b6570',
  rule: '#b9c1ca',
  frame: '#5b6570',
  labelFill: '#f1f4f7',
  /** Text on a category's colour: whichever of the two reads better (readable-text-colour.ts). */
  onColourDark: '#111111',
  onColourLight: '#ffffff',
} as const;

export const SHEET_TEXT = {
  production: 12.5,
  scriptTitle: 8.5,
  sheetTitle: 13,
  sheetCounter: 8,
  sceneLabel: 6.5,
  sceneNumber: 18,
  fieldLabel: 6.5,
  fieldValue: 10.5,
  synopsis: 9.5,
  boxTitle: 8,
  item: 9,
  empty: 9.5,
  lineGap: 1,
} as const;

export const SHEET_SPACE = {
  bandHeight: 50,
  sceneBoxWidth: 92,
  bandPadding: 10,
  afterBand: 8,
  fieldPaddingX: 6,
  fieldPaddingY: 4,
  labelToValue: 2,
  /** Lines a set or location may wrap to, and a synopsis, before "…". */
  setMaxLines: 2,
  synopsisMaxLines: 6,
  afterFields: 12,
  columnGap: 12,
  boxGap: 10,
  boxTitleHeight: 15,
  boxPaddingX: 7,
  boxPaddingTop: 5,
  boxPaddingBottom: 6,
  itemGap: 2,
  /** Lines one item may wrap to before "…": a label is a name, never a paragraph. */
  itemMaxLines: 3,
} as const;

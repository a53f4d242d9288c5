/**
 * A breakdown tag found in an imported file (Final Draft keeps them in `<TagData>` and marks text runs
 * with `TagNumber`): the file's category name (`Cast Members`, `Props`), the element's label as the file
 * names it, and the span it marks: `[start, end)` in the text of `document.elements[elementIndex]`.
 * The import maps the category name to ours with `categoryForImportName`; unknown names are reported.
 */
export type ImportedBreakdownTag = {
  readonly categoryName: string;
  readonly label: string;
  readonly elementIndex: number;
  readonly start: number;
  readonly end: number;
};

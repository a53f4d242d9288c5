/**
 * Windowing for a long list of rows of one fixed height inside a scroll container whose first
 * `headerHeight` pixels are a sticky header: only the rows in view (plus `overscan` either side) are
 * rendered, so 10,000 lines cost what 40 do.
 */
export type WindowGeometry = {
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly rowCount: number;
};

/** Rows `start` (inclusive) to `end` (exclusive). */
export type RowRange = { readonly start: number; readonly end: number };

export const visibleRows = (geometry: WindowGeometry, overscan = 8): RowRange => {
  const { scrollTop, viewportHeight, rowHeight, headerHeight, rowCount } = geometry;
  if (rowCount === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  // The header hides the top of the viewport: rows start under it, at scrollTop in content terms.
  const bodyHeight = Math.max(0, viewportHeight - headerHeight);
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + bodyHeight) / rowHeight);
  return {
    start: Math.max(0, Math.min(rowCount, first - overscan)),
    end: Math.max(0, Math.min(rowCount, last + overscan)),
  };
};

/** How many whole rows fit under the header: what PageUp and PageDown move by. */
export const rowsPerPage = (geometry: Omit<WindowGeometry, 'scrollTop' | 'rowCount'>): number =>
  Math.max(1, Math.floor((geometry.viewportHeight - geometry.headerHeight) / geometry.rowHeight));

/**
 * The scrollTop that brings `row` fully into view with as little movement as possible; the current one
 * when it already is.
 */
export const scrollTopToReveal = (row: number, geometry: WindowGeometry): number => {
  const { scrollTop, viewportHeight, rowHeight, headerHeight } = geometry;
  const top = row * rowHeight;
  const bottom = top + rowHeight;
  const bodyHeight = viewportHeight - headerHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + bodyHeight) return Math.max(0, bottom - bodyHeight);
  return scrollTop;
};

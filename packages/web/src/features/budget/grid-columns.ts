/** The columns of a detail line, left to right, as the grid shows and edits them. */
export const GRID_COLUMNS = [
  { id: 'description', label: 'Description', editor: 'text', numeric: false },
  { id: 'amount', label: 'Amount', editor: 'text', numeric: true },
  { id: 'unit', label: 'Unit', editor: 'select', numeric: false },
  { id: 'multiplier', label: 'X', editor: 'text', numeric: true },
  { id: 'rate', label: 'Rate', editor: 'text', numeric: true },
  { id: 'currency', label: 'Cur.', editor: 'select', numeric: false },
  { id: 'fringes', label: 'Fringes', editor: 'fringes', numeric: true },
  { id: 'total', label: 'Total', editor: null, numeric: true },
] as const;

export type GridColumn = (typeof GRID_COLUMNS)[number];
export type ColumnId = GridColumn['id'];
/** The columns a person types into (the total is worked out). */
export type EditableColumnId = Exclude<ColumnId, 'total'>;

export const COLUMN_COUNT = GRID_COLUMNS.length;

/** What each column's heading means, for the header's title and screen readers. */
export const COLUMN_TITLES: Readonly<Record<ColumnId, string>> = {
  description: 'Description',
  amount: 'Amount: a quantity, or the name of a global such as SHOOT_DAYS',
  unit: 'Unit',
  multiplier: 'Multiplier (people, cameras)',
  rate: 'Rate per unit, in the line’s currency',
  currency: 'Currency of the rate',
  fringes: 'Fringes on the line',
  total: 'Total in the budget currency, before fringes',
};

export const columnAt = (col: number): GridColumn | undefined => GRID_COLUMNS[col];

export const isEditableColumn = (id: ColumnId): id is EditableColumnId => id !== 'total';

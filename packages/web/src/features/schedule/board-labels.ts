/** The units a production shoots with. */
export const UNIT_LABELS = { main: 'Main unit', second: 'Second unit' } as const;

/** The kinds of board. */
export const BOARD_KIND_LABELS = { shooting: 'Shooting board', 'what-if': 'What-if' } as const;

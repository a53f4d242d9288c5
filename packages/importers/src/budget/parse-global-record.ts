import type { BudgetGlobal } from '@greenlight/domain';
import type { BudgetRow } from './budget-row.js';
import { parseAmountCell } from './parse-amount-cell.js';
import { parseScheduleLinkText } from './parse-schedule-link-text.js';

/** `global`: ID is its name, Amount its value (a number or another global's name), Schedule its feed. */
export const parseGlobalRecord = (row: BudgetRow): BudgetGlobal => {
  row.ignoreOthers(['ID', 'Description', 'Amount', 'Schedule']);
  return {
    name: row.name('ID').name,
    description: row.text('Description'),
    value: parseAmountCell(row),
    scheduleLink: row.optional('Schedule', parseScheduleLinkText),
  };
};

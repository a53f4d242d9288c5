import type { LineAmount, Quantity } from '@greenlight/domain';
import type { BudgetRow } from './budget-row.js';
import { parseQuantityText } from './parse-quantity-text.js';

/**
 * The Amount cell of a line or a global: a number (`20`, `2.5`), else the name of a global
 * (`SHOOT_DAYS`). A name written with a backslash (`\12`) is always a name.
 */
export const parseAmountCell = (row: BudgetRow): LineAmount => {
  const { name, escaped } = row.name('Amount');
  if (name === '') return { kind: 'quantity', quantity: 0 as Quantity };
  if (!escaped) {
    const quantity = parseQuantityText(name);
    if (quantity.ok) return { kind: 'quantity', quantity: quantity.value };
    if (/^\s*[-+.,\d]/.test(name)) {
      row.error(
        'Amount',
        `${quantity.message}; a global's name starting like a number is written with a backslash first`,
      );
    }
  }
  return { kind: 'global', name };
};

import { describe, expect, it } from 'vitest';
import { budgetLine } from '../../testing/budget-version';
import {
  applyCellText,
  cellEditText,
  matchOption,
  toDetailLine,
  type CellContext,
} from './cell-edit';

const context: CellContext = {
  budgetCurrency: 'USD',
  currencies: ['USD', 'EUR'],
  globalNames: ['SHOOT_DAYS'],
  fringeIds: ['payroll-taxes', 'unemployment'],
};
const line = toDetailLine(budgetLine('gaffer', '3100', 'Gaffer', 700, 20));
const apply = (column: Parameters<typeof applyCellText>[1], text: string) =>
  applyCellText(line, column, text, context);

describe('reading what was typed into a cell', () => {
  it('reads the rate exactly in minor units, credits included', () => {
    expect(apply('rate', '1,250.50')).toMatchObject({ ok: true, line: { rate: 125_050 } });
    expect(apply('rate', '-300')).toMatchObject({ ok: true, line: { rate: -30_000 } });
    expect(apply('rate', '12.345')).toEqual({
      ok: false,
      error: 'Rate: Use at most 2 decimal places',
    });
  });

  it('takes a quantity or a global’s name in the amount column', () => {
    expect(apply('amount', '2.5')).toMatchObject({
      ok: true,
      line: { amount: { kind: 'quantity', quantity: 2500 } },
    });
    expect(apply('amount', 'shoot_days')).toMatchObject({
      ok: true,
      line: { amount: { kind: 'global', name: 'SHOOT_DAYS' } },
    });
    const unknown = apply('amount', 'PREP_WEEKS');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.error).toContain('there is no global called PREP_WEEKS');
    expect(apply('multiplier', 'two').ok).toBe(false);
  });

  it('accepts only the units, currencies with a rate and fringes the budget has', () => {
    expect(apply('unit', 'Weeks')).toMatchObject({ ok: true, line: { unit: 'weeks' } });
    expect(apply('unit', 'fortnights').ok).toBe(false);
    expect(apply('currency', 'eur')).toMatchObject({
      ok: true,
      line: { currency: 'EUR', rate: 70_000 },
    });
    expect(apply('currency', 'GBP').ok).toBe(false);
    expect(apply('fringes', 'payroll-taxes, unemployment')).toMatchObject({
      ok: true,
      line: { fringeIds: ['payroll-taxes', 'unemployment'] },
    });
    expect(apply('fringes', 'pension').ok).toBe(false);
  });

  it('starts the editor from the value as it is, and picks an option from a typed letter', () => {
    expect(cellEditText(line, 'rate')).toBe('700.00');
    expect(cellEditText(line, 'amount')).toBe('20');
    expect(matchOption('unit', 'w', context)).toBe('weeks');
    expect(matchOption('currency', 'e', context)).toBe('EUR');
    expect(matchOption('unit', 'z', context)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Budget } from '../budget/budget.js';
import { quantity } from '../budget/quantity.js';
import { SMALL_BUDGET } from '../testing/small-budget.js';
import { budgetFileCellText } from './budget-file-table.js';
import { buildBudgetFileTable } from './build-budget-file-table.js';

const texts = (budget: Budget): string[][] => {
  const table = buildBudgetFileTable(budget);
  return table.rows.map((row) => table.columns.map((column) => budgetFileCellText(row[column])));
};

describe('buildBudgetFileTable', () => {
  it('writes each record of the small budget, with its totals', () => {
    const table = buildBudgetFileTable(SMALL_BUDGET);
    expect(table.title).toBe('Budget');
    expect(table.rows.slice(0, 8)).toEqual([
      {
        Record: 'budget',
        Currency: 'USD',
        Total: { kind: 'number', text: '769090.56', places: 2 },
      },
      { Record: 'rate', Currency: 'EUR', Rate: { kind: 'number', text: '1.085', places: null } },
      {
        Record: 'global',
        ID: 'SHOOT_DAYS',
        Description: 'Shoot days',
        Amount: { kind: 'number', text: '20', places: null },
        Schedule: 'shoot days',
      },
      {
        Record: 'global',
        ID: 'CREW_DAYS',
        Description: 'Crew days',
        Amount: 'SHOOT_DAYS',
        Schedule: null,
      },
      {
        Record: 'fringe',
        ID: 'payroll',
        Description: 'Payroll taxes',
        Kind: 'percentage',
        Rate: { kind: 'percent', text: '7.65' },
        Cap: { kind: 'number', text: '100000.00', places: 2 },
        Threshold: null,
        Total: { kind: 'number', text: '17289.00', places: 2 },
      },
      expect.objectContaining({ Record: 'fringe', ID: 'ph' }),
      expect.objectContaining({
        Record: 'fringe',
        ID: 'hw',
        Kind: 'flat',
        Rate: { kind: 'number', text: '45.00', places: 2 },
        Units: 'Days',
      }),
      expect.objectContaining({ Record: 'account', Acct: '1100', Section: 'ATL', Kind: null }),
    ]);
    const euro = texts(SMALL_BUDGET).find((row) => row[2] === 'package');
    expect(euro).toEqual([
      'line',
      '3300',
      'package',
      'Camera package',
      '4',
      'Weeks',
      '1',
      '5000.00',
      'EUR',
      '',
      '21700.00',
      '0.00',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(
      texts(SMALL_BUDGET)
        .at(-1)
        ?.slice(0, 1)
        .concat(texts(SMALL_BUDGET).at(-1)?.slice(16, 17) ?? []),
    ).toEqual(['item', 'ATL; BTL; Post; Other; contingency']);
  });

  it('escapes names that would read as numbers or sections, and leaves totals empty when it does not compute', () => {
    const budget: Budget = {
      ...SMALL_BUDGET,
      globals: [
        {
          name: '12',
          description: '',
          value: { kind: 'quantity', quantity: quantity(1) },
          scheduleLink: null,
        },
      ],
      percentageItems: [
        {
          id: 'post',
          kind: 'other',
          name: 'Post item',
          rateBp: 1,
          base: { sections: ['post'], items: [] },
        },
        {
          id: 'fee',
          kind: 'overhead',
          name: 'Fee',
          rateBp: 250,
          base: { sections: [], items: ['post'] },
        },
      ],
      lines: [
        { ...SMALL_BUDGET.lines[0]!, amount: { kind: 'global', name: '12' }, fringeIds: ['x;y'] },
      ],
    };
    const rows = texts(budget);
    expect(rows[0]?.[10]).toBe('');
    const line = rows.find((row) => row[0] === 'line');
    expect(line?.[4]).toBe('\\12');
    expect(line?.[9]).toBe('x\\;y');
    expect(rows.filter((row) => row[0] === 'item').map((row) => [row[7], row[16]])).toEqual([
      ['0.01%', 'Post'],
      ['2.5%', '\\post'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { computeBudget } from '../budget/compute-budget.js';
import { instant } from '../shared/calendar-date.js';
import { SMALL_BUDGET } from '../testing/small-budget.js';
import { buildBudgetReport } from './build-budget-report.js';
import { buildBudgetTopSheetTable } from './build-budget-top-sheet-table.js';

const computed = (() => {
  const result = computeBudget(SMALL_BUDGET);
  if (!result.ok) throw result.error;
  return result.value;
})();

describe('buildBudgetReport', () => {
  const report = buildBudgetReport(computed, {
    title: 'The Harbour Light',
    generatedAt: instant('2026-11-24T09:31:51Z'),
    timeZone: 'Europe/Warsaw',
  });

  it('opens with the top sheet, the totals, globals and fringes, then the detail by account', () => {
    expect(report.subtitle).toBe('The Harbour Light');
    expect(report.meta).toContainEqual({ label: 'Grand total', value: '$769,090.56' });
    expect(report.meta).toContainEqual({ label: 'Exchange rates', value: '1 EUR = 1.085 USD' });
    expect(report.sections.map((section) => section.heading)).toEqual([
      'Top sheet · Above the line',
      'Top sheet · Below the line',
      'Top sheet · Post-production',
      'Top sheet · Other',
      'Top sheet · Totals',
      'Globals',
      'Fringes',
      '1100 Story & Rights · Above the line',
      '1500 Cast · Above the line · fringes carried to 1900',
      '1900 ATL Fringes · Above the line',
      '3300 Camera · Below the line · fringes carried to 3900',
      '3900 BTL Fringes · Below the line',
      '4100 Editorial · Post-production',
      '5200 Insurance · Other',
    ]);
    const totals = report.sections[4];
    expect(totals?.rows.at(-1)).toEqual({
      name: 'Completion bond',
      rate: '2%',
      base: '$754,010.35',
      total: '$15,080.21',
    });
    expect(totals?.totals).toEqual({ name: 'Grand total', total: '$769,090.56' });
  });

  it('lists each line with the fringes it carries, and each fringe account by fringe', () => {
    const cast = report.sections[8];
    expect(cast?.rows.slice(0, 4)).toEqual([
      {
        description: 'Lead actor',
        amount: '20',
        units: 'Days',
        x: '1',
        rate: '$2,000.00',
        total: '$40,000.00',
      },
      { description: '    + Payroll taxes (7.65%)', fringes: '$3,060.00' },
      { description: '    + Pension & health (17.5%)', fringes: '$7,000.00' },
      { description: '    + Health & welfare ($45.00 per day)', fringes: '$900.00' },
    ]);
    expect(cast?.totals).toEqual({
      description: 'Total 1500',
      total: '$290,000.00',
      fringes: '$62,360.00',
    });
    const atlFringes = report.sections[9];
    expect(atlFringes?.rows).toEqual([
      { description: 'Payroll taxes', fringes: '$10,710.00' },
      { description: 'Pension & health', fringes: '$50,750.00' },
      { description: 'Health & welfare', fringes: '$900.00' },
    ]);
    expect(atlFringes?.totals).toMatchObject({ fringes: '$62,360.00' });
  });
});

describe('buildBudgetTopSheetTable', () => {
  it('is the top sheet in money cells, ending with the grand total', () => {
    const table = buildBudgetTopSheetTable(computed.topSheet);
    expect(table.title).toBe('Top sheet');
    expect(table.columns.map((column) => [column.label, column.kind, column.currency])).toEqual([
      ['Acct', 'text', undefined],
      ['Account', 'text', undefined],
      ['Lines', 'money', 'USD'],
      ['Fringes', 'money', 'USD'],
      ['Total', 'money', 'USD'],
    ]);
    expect(table.rows.slice(0, 3)).toEqual([
      { name: 'ABOVE THE LINE' },
      { acct: '1100', name: 'Story & Rights', lines: 15_000_000, fringes: 0, total: 15_000_000 },
      { acct: '1500', name: 'Cast', lines: 29_000_000, fringes: 0, total: 29_000_000 },
    ]);
    expect(table.rows.slice(-4)).toEqual([
      { name: 'Subtotal', total: 68_546_395 },
      { name: 'Contingency (10% of $685,463.95)', total: 6_854_640 },
      { name: 'Completion bond (2% of $754,010.35)', total: 1_508_021 },
      { name: 'Grand total', total: 76_909_056 },
    ]);
  });
});

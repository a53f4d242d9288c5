import {
  budgetFileCellText,
  buildBudgetFileTable,
  computeBudget,
  budgetSummary,
  type Budget,
} from '@greenlight/domain';
import { budgetArbitrary, randomBudget, SMALL_BUDGET } from '@greenlight/domain/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBudgetRows } from './parse-budget-rows.js';

/** The rows a reader gives for a written budget file: each cell as the text a person would type. */
const rowsOf = (budget: Budget): string[][] => {
  const table = buildBudgetFileTable(budget);
  return [
    [...table.columns],
    ...table.rows.map((row) => table.columns.map((column) => budgetFileCellText(row[column]))),
  ];
};

const HEADER = ['Record', 'Acct', 'ID', 'Description', 'Amount', 'Units', 'X', 'Rate', 'Currency'];
const EXTRA = ['Fringes', 'Section', 'Kind', 'Cap', 'Threshold', 'Base', 'Schedule'];

/** Rows from objects keyed by column name, under a header of every column used. */
const sheet = (...records: Record<string, string>[]): string[][] => {
  const header = [...HEADER, ...EXTRA];
  return [header, ...records.map((record) => header.map((column) => record[column] ?? ''))];
};

const SETUP = [
  { Record: 'budget', Currency: 'USD' },
  { Record: 'fringe', ID: 'payroll', Description: 'Payroll', Kind: 'percentage', Rate: '7.65%' },
  { Record: 'account', Acct: '1100', Description: 'Story', Section: 'ATL' },
];

describe('parseBudgetRows', () => {
  it('reads back the small budget exactly, with the totals worked out by hand', () => {
    const result = parseBudgetRows(rowsOf(SMALL_BUDGET));
    expect(result.diagnostics).toEqual([]);
    expect(result.budget).toEqual(SMALL_BUDGET);
    const computed = computeBudget(result.budget as Budget);
    if (!computed.ok) throw computed.error;
    expect(budgetSummary(computed.value).grandTotal).toBe(76_909_056);
  });

  it('round-trips random budgets (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 60 }),
        (seed, n) => {
          const budget = randomBudget(seed, n);
          const result = parseBudgetRows(rowsOf(budget));
          expect(result.diagnostics).toEqual([]);
          expect(result.budget).toEqual(budget);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('round-trips budgets with awkward names, texts and amounts (property)', () => {
    fc.assert(
      fc.property(budgetArbitrary(), (budget) => {
        const result = parseBudgetRows(rowsOf(budget));
        expect(
          result.diagnostics.filter((d) => d.line !== undefined && d.severity !== 'error'),
        ).toEqual([]);
        expect(result.budget).toEqual(budget);
      }),
      { numRuns: 200 },
    );
  });

  it('writes lines under their accounts when they are in chart order, and reads either layout', () => {
    const rows = rowsOf(SMALL_BUDGET);
    const records = rows.slice(1).map((row) => `${row[0]} ${row[1]}`);
    expect(records.slice(0, 10)).toEqual([
      'budget ',
      'rate ',
      'global ',
      'global ',
      'fringe ',
      'fringe ',
      'fringe ',
      'account 1100',
      'line 1100',
      'account 1500',
    ]);
    const shuffled: Budget = { ...SMALL_BUDGET, lines: [...SMALL_BUDGET.lines].reverse() };
    const other = rowsOf(shuffled)
      .slice(1)
      .map((row) => row[0]);
    expect(other.indexOf('line')).toBeGreaterThan(other.lastIndexOf('account'));
    expect(parseBudgetRows(rowsOf(shuffled)).budget).toEqual(shuffled);
  });

  it('reads what people type: synonyms, cases, symbols, grouping, blank X and currency', () => {
    const rows = [
      [
        'record',
        'ACCOUNT',
        'Name',
        'Qty',
        'Unit',
        'Multiplier',
        'Rate',
        'Notes',
        'Section',
        'Type',
      ],
      ['Budget', '', '', '', '', '', '', 'the office copy', '', ''],
      ['account', ' 1100 ', 'Story', '', '', '', '', '', 'above the line', ''],
      ['account', '1900', 'ATL Fringes', '', '', '', '', '', 'atl', 'Fringes'],
      ['line', '1100', 'Option', '1', 'flat', '', '$1,250.50', '', '', ''],
      ['detail', '1100', 'Polish', '2.5000', 'wks', '2', '(100.00)', '', '', ''],
    ];
    rows[0]?.push('Currency');
    rows[1]?.push('usd');
    const result = parseBudgetRows(rows);
    expect(result.diagnostics).toEqual([]);
    expect(result.budget?.accounts.map((a) => [a.number, a.section, a.role])).toEqual([
      ['1100', 'above-the-line', 'lines'],
      ['1900', 'above-the-line', 'fringes'],
    ]);
    expect(result.budget?.lines).toEqual([
      expect.objectContaining({
        id: 'row-5',
        description: 'Option',
        unit: 'flat',
        multiplier: 1000,
        rate: 125_050,
        currency: 'USD',
      }),
      expect.objectContaining({
        id: 'row-6',
        amount: { kind: 'quantity', quantity: 2500 },
        unit: 'weeks',
        multiplier: 2000,
        rate: -10_000,
      }),
    ]);
  });

  it('reports every bad row with its row, column and a clear message, and gives no budget', () => {
    const result = parseBudgetRows(
      sheet(
        ...SETUP,
        { Record: 'line', Acct: '1100', Amount: '2,5', Units: 'days', Rate: '1250.005' },
        {
          Record: 'line',
          Acct: '1100',
          Amount: '1',
          Units: 'fortnights',
          Rate: '12,50',
          Currency: 'dollars',
        },
        { Record: 'lines', Acct: '1100' },
        { Record: '', Description: 'a note' },
        { Record: 'fringe', ID: 'x', Kind: 'percentage', Rate: '7.655%', Cap: 'lots' },
        { Record: 'item', ID: 'c', Kind: 'contingency', Rate: '10%', Base: 'ATL', Cap: '5' },
      ),
    );
    expect(result.budget).toBeNull();
    const seen = result.diagnostics.map((d) => [d.severity, d.line, d.field, d.message]);
    expect(seen).toEqual([
      [
        'error',
        5,
        'Amount',
        '"2,5" is not a number with up to three decimals (write it like 2.5); a global\'s name starting like a number is written with a backslash first',
      ],
      [
        'error',
        5,
        'Rate',
        '"1250.005" is not an amount in USD: USD has 2 decimals (write it like 1250.00)',
      ],
      [
        'error',
        6,
        'Currency',
        '"dollars" is not a currency (a three-letter ISO 4217 code such as USD or EUR)',
      ],
      [
        'error',
        6,
        'Units',
        '"fortnights" is not a unit (days, weeks, months, hours, episodes, each, flat or allow)',
      ],
      ['error', 6, 'Rate', '"12,50" is not an amount in USD (write it like 1250.00)'],
      [
        'error',
        7,
        'Record',
        '"lines" is not a kind of record (budget, rate, global, fringe, account, line or item)',
      ],
      [
        'error',
        8,
        'Record',
        'The Record cell is empty: say what the row is (budget, rate, global, fringe, account, line or item)',
      ],
      [
        'error',
        9,
        'Rate',
        '"7.655%" is not a percentage with at most two decimals (write 7.65% for 7.65 %)',
      ],
      ['error', 9, 'Cap', '"lots" is not an amount in USD (write it like 1250.00)'],
      ['warning', 10, undefined, 'Cap is not used on an item row and was ignored'],
    ]);
    expect(result.diagnostics[0]).toMatchObject({ column: HEADER.indexOf('Amount') + 1 });
  });

  it('puts the engine’s problems on the rows they are about', () => {
    const result = parseBudgetRows(
      sheet(
        ...SETUP,
        { Record: 'global', ID: 'DAYS', Amount: 'WEEKS' },
        { Record: 'account', Acct: '1100', Description: 'Again', Section: 'ATL' },
        {
          Record: 'line',
          ID: 'lead',
          Acct: '1100',
          Description: 'Lead',
          Amount: '20',
          Units: 'days',
          Rate: '100',
          Fringes: 'payroll; pension',
        },
        {
          Record: 'line',
          ID: 'euro',
          Acct: '9999',
          Amount: '1',
          Units: 'flat',
          Rate: '5',
          Currency: 'EUR',
        },
        { Record: 'line', ID: 'ok', Acct: '1100', Amount: '1', Units: 'flat', Rate: '1' },
        { Record: 'line', ID: 'ok', Acct: '1100', Amount: '2', Units: 'flat', Rate: '1' },
      ),
    );
    expect(result.budget).not.toBeNull();
    const seen = result.diagnostics.map((d) => [d.line, d.field, d.message]);
    expect(seen).toEqual([
      [5, 'Amount', 'The global DAYS refers to the global WEEKS, which does not exist'],
      [6, 'Acct', 'There are two accounts numbered 1100'],
      [7, 'Fringes', 'Line "Lead" has the fringe pension, which does not exist'],
      [8, 'Acct', 'Line euro is in account 9999, which does not exist'],
      [10, 'ID', 'There are two detail lines with the id ok'],
    ]);
  });

  it('refuses a file that is not a budget file, and one missing a column its rows need', () => {
    expect(parseBudgetRows([]).diagnostics[0]?.message).toMatch(/The file is empty/);
    expect(
      parseBudgetRows([
        ['Scene', 'Set'],
        ['1', 'PIER'],
      ]).diagnostics,
    ).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/with a Record column/) }),
    ]);
    const noRate = parseBudgetRows([
      ['Record', 'Acct', 'Amount', 'Units', 'Currency', 'Section'],
      ['budget', '', '', '', 'USD', ''],
      ['line', '1100', '1', 'flat', '', ''],
    ]);
    expect(noRate.budget).toBeNull();
    expect(noRate.diagnostics.map((d) => d.message)).toEqual([
      'The file has line rows but no Rate column',
    ]);
    const twoBudgets = parseBudgetRows(
      sheet({ Record: 'budget', Currency: 'USD' }, { Record: 'budget', Currency: 'EUR' }),
    );
    expect(twoBudgets.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, 'There is already a budget row (row 2); a file holds one budget'],
    ]);
    expect(
      parseBudgetRows(sheet({ Record: 'account', Acct: '1', Section: 'ATL' })).diagnostics,
    ).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/There is no budget row/) }),
    ]);
  });

  it('reads a Base of sections and items, and a backslash keeps a name a name', () => {
    const result = parseBudgetRows(
      sheet(
        { Record: 'budget', Currency: 'JPY' },
        { Record: 'global', ID: '12', Amount: '3' },
        { Record: 'item', ID: 'ATL', Kind: 'overhead', Rate: '1' },
        {
          Record: 'item',
          ID: 'bond',
          Kind: 'bond',
          Rate: '2.5',
          Base: 'ATL; BTL; \\ATL; Post-production',
        },
        { Record: 'account', Acct: '1', Section: 'ATL' },
        { Record: 'line', Acct: '1', Amount: '\\12', Units: 'days', Rate: '1500' },
        {
          Record: 'line',
          Acct: '1',
          Amount: '3',
          Units: 'days',
          Rate: '1',
          Schedule: 'Cast #3 hold days',
        },
      ),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.budget?.percentageItems[1]).toEqual({
      id: 'bond',
      kind: 'completion-bond',
      name: '',
      rateBp: 250,
      base: { sections: ['above-the-line', 'below-the-line', 'post'], items: ['ATL'] },
    });
    expect(result.budget?.lines[0]).toMatchObject({
      amount: { kind: 'global', name: '12' },
      rate: 1500,
      currency: 'JPY',
    });
    expect(result.budget?.lines[1]?.scheduleLink).toEqual({
      kind: 'cast-hold-days',
      castNumber: 3,
    });
  });
});

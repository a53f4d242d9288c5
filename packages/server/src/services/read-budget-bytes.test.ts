import { budgetArbitrary, randomBudget, SMALL_BUDGET } from '@greenlight/domain/testing';
import type { Budget } from '@greenlight/domain';
import { writeBudgetCsv, writeBudgetXlsx } from '@greenlight/spreadsheet';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetFileFormat, readBudgetBytes } from './read-budget-bytes.js';

// The whole trip a budget makes through a file: written by @greenlight/spreadsheet, read back as
// bytes (format sniffed, text decoded, rows read) and parsed by @greenlight/importers.
const csvBytes = (budget: Budget): Uint8Array => new TextEncoder().encode(writeBudgetCsv(budget));

const readBack = async (bytes: Uint8Array, name: string): Promise<Budget | null> =>
  (await readBudgetBytes(bytes, name)).budget;

describe('budget files: parse(write(budget)) is budget', () => {
  it('for the small budget, as CSV and XLSX', async () => {
    expect(await readBack(csvBytes(SMALL_BUDGET), 'small.csv')).toEqual(SMALL_BUDGET);
    expect(await readBack(await writeBudgetXlsx(SMALL_BUDGET), 'small.xlsx')).toEqual(SMALL_BUDGET);
  });

  it('for a 2,000-line random budget, as CSV and XLSX', async () => {
    const budget = randomBudget(42, 2_000);
    expect(await readBack(csvBytes(budget), 'big.csv')).toEqual(budget);
    expect(await readBack(await writeBudgetXlsx(budget), 'big.xlsx')).toEqual(budget);
  });

  it('for awkward budgets as CSV (property)', async () => {
    await fc.assert(
      fc.asyncProperty(budgetArbitrary(), async (budget) => {
        expect(await readBack(csvBytes(budget), 'awkward.csv')).toEqual(budget);
      }),
      { numRuns: 150 },
    );
  });

  it('for awkward budgets as XLSX (property)', async () => {
    await fc.assert(
      fc.asyncProperty(budgetArbitrary(), async (budget) => {
        expect(await readBack(await writeBudgetXlsx(budget), 'awkward.xlsx')).toEqual(budget);
      }),
      { numRuns: 25 },
    );
  });

  it('tells XLSX by its zip signature before its name', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);
    expect(budgetFileFormat(zip, 'budget.csv')).toBe('xlsx');
    expect(budgetFileFormat(new Uint8Array(), 'budget.XLSX')).toBe('xlsx');
    expect(budgetFileFormat(new Uint8Array(), 'budget.txt')).toBe('csv');
  });
});

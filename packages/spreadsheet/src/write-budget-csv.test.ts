import type { Budget, MinorUnits } from '@greenlight/domain';
import { budgetLine, SMALL_BUDGET } from '@greenlight/domain/testing';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from './read-csv-rows.js';
import { writeBudgetCsv } from './write-budget-csv.js';

describe('writeBudgetCsv', () => {
  it('writes a BOM, the header and CRLF records', () => {
    const csv = writeBudgetCsv(SMALL_BUDGET);
    expect(
      csv.startsWith(
        '\uFEFFRecord,Acct,ID,Description,Amount,Units,X,Rate,Currency,Fringes,Total,',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      '\r\nline,1500,lead,Lead actor,20,Days,1,2000.00,USD,payroll; ph; hw,40000.00,10960.00,,,,,,cast #1 work days\r\n',
    );
  });

  it('guards text that would run as a formula, but not negative numbers, and reads both back', () => {
    const budget: Budget = {
      ...SMALL_BUDGET,
      lines: [
        {
          ...budgetLine('credit', '1100', { description: '-5 days =SUM(A1)', rate: -125_000 }),
          rate: -125_000 as MinorUnits,
        },
      ],
    };
    const csv = writeBudgetCsv(budget);
    expect(csv).toContain(
      "\r\nline,1100,credit,'-5 days =SUM(A1),1,Flat,1,-1250.00,USD,,-1250.00,",
    );
    const read = readCsvRows(csv);
    expect(read.ok && read.rows.find((row) => row[2] === 'credit')?.slice(0, 8)).toEqual([
      'line',
      '1100',
      'credit',
      '-5 days =SUM(A1)',
      '1',
      'Flat',
      '1',
      '-1250.00',
    ]);
  });
});

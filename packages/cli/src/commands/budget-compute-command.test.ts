import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMALL_BUDGET } from '@greenlight/domain/testing';
import { writeBudgetCsv, writeBudgetXlsx } from '@greenlight/spreadsheet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.js';

const run = runCli;
const scratch = mkdtempSync(join(tmpdir(), 'greenlight-budget-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const csvFile = join(scratch, 'small.csv');
const xlsxFile = join(scratch, 'small.xlsx');
beforeAll(async () => {
  writeFileSync(csvFile, writeBudgetCsv(SMALL_BUDGET));
  writeFileSync(xlsxFile, await writeBudgetXlsx(SMALL_BUDGET));
});

// The small budget's top sheet, worked out by hand in domain/src/testing/small-budget.ts.
const SMALL_BUDGET_JSON = {
  currency: 'USD',
  aboveTheLine: 50_236_000,
  belowTheLine: 7_930_150,
  post: 4_380_245,
  other: 6_000_000,
  subtotal: 68_546_395,
  contingency: 6_854_640,
  completionBond: 1_508_021,
  grandTotal: 76_909_056,
};

describe('greenlight budget compute', () => {
  it.each([
    ['CSV', () => csvFile],
    ['XLSX', () => xlsxFile],
  ])('prints the known totals of a %s budget file as JSON', async (_, file) => {
    const result = await run(['budget', 'compute', file(), '--json']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.endsWith('\n')).toBe(true);
    const json = JSON.parse(result.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'currency',
      'aboveTheLine',
      'belowTheLine',
      'post',
      'other',
      'subtotal',
      'contingency',
      'completionBond',
      'grandTotal',
    ]);
    expect(json).toEqual(SMALL_BUDGET_JSON);
  });

  it('prints the top sheet as a table', async () => {
    const result = await run(['budget', 'compute', csvFile]);
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('small.csv: budget in USD, 8 detail lines (CSV)');
    expect(result.out).toMatch(/^1500 {2}Cast +\$290,000\.00 +\$0\.00 +\$290,000\.00$/m);
    expect(result.out).toMatch(/^ +Total above the line +\$502,360\.00$/m);
    expect(result.out).toMatch(/^ +Contingency \(10% of \$685,463\.95\) +\$68,546\.40$/m);
    expect(result.out).toMatch(/^ +Grand total +\$769,090\.56$/m);
  });

  it('reads a CSV saved by a spreadsheet: semicolons, no BOM, Windows-1252, edited totals', async () => {
    const file = join(scratch, 'edited.csv');
    // As Excel saves where the decimal separator is a comma: `;` between cells, and a cell with a
    // `;` in it (a list of fringes) quoted. The small budget has no commas or quotes in its cells.
    const text = readFileSync(csvFile, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((line) =>
        line
          .split(',')
          .map((cell) => (cell.includes(';') ? `"${cell}"` : cell))
          .join(';'),
      )
      .join('\r\n')
      .replace('Option and purchase price', 'Option – “purchase” price')
      .replace('150000.00;0.00', '1.00;2.00');
    // Windows-1252: the en dash and curly quotes are single bytes that are not UTF-8.
    const bytes = Uint8Array.from(text, (char) =>
      char === '–' ? 0x96 : char === '“' ? 0x93 : char === '”' ? 0x94 : char.charCodeAt(0),
    );
    writeFileSync(file, bytes);
    const result = await run(['budget', 'compute', file, '--json']);
    expect(result.err).toMatch(/Windows-1252/);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual(SMALL_BUDGET_JSON);
  });

  it('exits 2 with every problem, by row and column, for a file with mistakes', async () => {
    const file = join(scratch, 'mistakes.csv');
    writeFileSync(
      file,
      [
        'Record,Acct,ID,Description,Amount,Units,X,Rate,Currency,Fringes,Section',
        'budget,,,,,,,,USD,,',
        'account,1100,,Story,,,,,,,ATL',
        'line,1100,a,Rights,1,flat,,"1,250.005",,,',
        'line,1100,b,Polish,2,fortnights,,100,,,',
        'lne,1100,c,Typo,1,flat,,100,,,',
        'line,1100,d,Doubled,1,flat,x2,100,,,ATL',
      ].join('\n'),
    );
    const result = await run(['budget', 'compute', file]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.trimEnd().split('\n')).toEqual([
      `greenlight: ${file}: error row 4, Rate: "1,250.005" is not an amount in USD: USD has 2 decimals (write it like 1250.00)`,
      `greenlight: ${file}: error row 5, Units: "fortnights" is not a unit (days, weeks, months, hours, episodes, each, flat or allow)`,
      `greenlight: ${file}: error row 6, Record: "lne" is not a kind of record (budget, rate, global, fringe, account, line or item)`,
      `greenlight: ${file}: warning row 7: Section is not used on a line row and was ignored`,
      `greenlight: ${file}: error row 7, X: "x2" is not a number with up to three decimals (write it like 2.5)`,
    ]);
  });

  it('exits 2 with the engine’s problems on their rows when the rows read but do not add up', async () => {
    const file = join(scratch, 'unknown.csv');
    writeFileSync(
      file,
      [
        'Record,Acct,ID,Description,Amount,Units,X,Rate,Currency,Fringes,Section',
        'budget,,,,,,,,USD,,',
        'account,1100,,Story,,,,,,,ATL',
        'line,1200,c,Lost,1,flat,,100,,,',
        'line,1100,d,Fringed,DAYS,days,,100,,payroll,',
      ].join('\r\n'),
    );
    const result = await run(['budget', 'compute', file, '--json']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.trimEnd().split('\n')).toEqual([
      `greenlight: ${file}: error row 4, Acct: Line "Lost" is in account 1200, which does not exist`,
      `greenlight: ${file}: error row 5, Amount: Line "Fringed" uses the global DAYS, which does not exist`,
    ]);
  });

  it('says what is wrong with a file that is not a budget file', async () => {
    const notBudget = join(scratch, 'scenes.csv');
    writeFileSync(notBudget, 'Scene,Set\n1,PIER\n');
    const scenes = await run(['budget', 'compute', notBudget]);
    expect(scenes.code).toBe(2);
    expect(scenes.err).toContain('row 1: The first row must be the header of a budget file');

    const fake = join(scratch, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    const broken = await run(['budget', 'compute', fake, '--json']);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('This is not a readable XLSX workbook');

    const xls = join(scratch, 'old.xls');
    writeFileSync(xls, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect((await run(['budget', 'compute', xls])).err).toContain('old Excel .xls workbook');

    const quote = join(scratch, 'quote.csv');
    writeFileSync(quote, 'Record,Description\nbudget,"never closed\n');
    expect((await run(['budget', 'compute', quote])).err).toContain(
      'error row 2: A quoted cell is never closed',
    );

    expect((await run(['budget', 'compute', join(scratch, 'missing.csv')])).code).toBe(5);
  });
});

describe('greenlight budget template', () => {
  it.each(['xlsx', 'csv'])(
    'writes a feature template as .%s that computes to zero',
    async (ext) => {
      const file = join(scratch, `feature.${ext}`);
      const written = await run([
        'budget',
        'template',
        'feature',
        '--out',
        file,
        '--currency',
        'eur',
      ]);
      expect(written).toMatchObject({ code: 0, err: '' });
      expect(written.out).toMatch(/Feature film budget in EUR, \d+ accounts, 5 fringes, 5 globals/);
      const computed = await run(['budget', 'compute', file, '--json']);
      expect(computed.code).toBe(0);
      expect(JSON.parse(computed.out)).toMatchObject({ currency: 'EUR', grandTotal: 0 });
    },
  );

  it('refuses to overwrite a file without --force, and a bad template or extension', async () => {
    const file = join(scratch, 'episodic.csv');
    expect((await run(['budget', 'template', 'episodic', '--out', file])).code).toBe(0);
    const again = await run(['budget', 'template', 'episodic', '--out', file]);
    expect(again.code).toBe(6);
    expect(again.err).toContain('pass --force to overwrite it');
    expect((await run(['budget', 'template', 'episodic', '--out', file, '--force'])).code).toBe(0);
    expect((await run(['budget', 'template', 'sitcom', '--out', file])).code).toBe(2);
    const pdf = await run(['budget', 'template', 'feature', '--out', join(scratch, 'x.pdf')]);
    expect(pdf.code).toBe(2);
    expect(pdf.err).toContain('the file must end in .xlsx or .csv');
  });
});

import { describe, expect, it } from 'vitest';
import { budgetLine, budgetVersion, BUDGET_LINES } from '../../testing/budget-version';
import { gridRows, rowOfLine } from './grid-rows';
import { mergeLines } from './merge-lines';

const { setup, topSheet } = budgetVersion();
const shape = (rows: ReturnType<typeof gridRows>) =>
  rows.map((r) =>
    r.kind === 'line' ? r.line.id : r.kind === 'account' ? r.account.number : r.kind,
  );

describe('the grid rows', () => {
  it('lays out each section: heading, accounts with their lines, the section total', () => {
    const rows = gridRows({ accounts: setup.accounts, lines: BUDGET_LINES, topSheet });
    expect(shape(rows)).toEqual([
      'section',
      '1100',
      'rights',
      '1400',
      'director',
      '1900',
      'section-total',
      'section',
      '3100',
      'gaffer',
      'lighting',
      'section-total',
    ]);
    const electric = rows.find((r) => r.kind === 'account' && r.account.number === '3100');
    expect(electric).toMatchObject({ lineCount: 2, total: (14_000 + 38_000) * 100 });
    expect(rowOfLine(rows, 'lighting')).toBe(10);
  });

  it('folds an account’s lines away and filters by description', () => {
    const folded = gridRows({
      accounts: setup.accounts,
      lines: BUDGET_LINES,
      topSheet,
      collapsed: new Set(['3100']),
    });
    expect(shape(folded).slice(-3)).toEqual(['section', '3100', 'section-total']);
    const found = gridRows({
      accounts: setup.accounts,
      lines: BUDGET_LINES,
      topSheet,
      filter: 'GAFF',
    });
    expect(shape(found)).toEqual(['section', '3100', 'gaffer', 'section-total']);
  });
});

describe('merging a change’s answer', () => {
  it('replaces changed lines in place, drops removed ones and adds new ones at the end of their account', () => {
    const changed = { ...budgetLine('director', '1400', 'Director', 300_000) };
    const added = budgetLine('producer', '1100', 'Producer', 95_000);
    const merged = mergeLines(BUDGET_LINES, [changed, added], ['gaffer']);
    expect(merged.map((l) => l.id)).toEqual(['rights', 'producer', 'director', 'lighting']);
    expect(merged[2]?.total).toBe(30_000_000);
  });
});

import { instant } from '@greenlight/domain';
import type { ReportDocument } from '@greenlight/domain';

const LONG = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');

/**
 * A report that exercises the layout's corners: a long wrapping title, many meta items, an empty
 * section, a column of unbreakable ids, a cell taller than a page (cut with "…"), and totals.
 */
export const edgeCaseReport = (): ReportDocument => ({
  title:
    'Cost report with an exceptionally long title that goes on to test wrapping of the title line',
  subtitle: 'Épisode 3 — «Ночь»',
  generatedAt: instant('2026-01-02T03:04:05Z'),
  meta: Array.from({ length: 9 }, (_, i) => ({
    label: `Item ${i}`,
    value: i === 4 ? 'A much longer value that keeps going for a while' : `v${i}`,
  })),
  sections: [
    {
      heading: 'Empty section',
      columns: [{ key: 'a', label: 'A' }],
      rows: [],
      emptyText: 'No rows here.',
    },
    {
      heading: 'Accounts',
      columns: [
        { key: 'code', label: 'Code', width: 1 },
        { key: 'name', label: 'Account name', width: 4 },
        { key: 'id', label: 'Id', width: 2 },
        { key: 'amount', label: 'Amount', align: 'right', width: 1.5 },
      ],
      rows: [
        ...Array.from({ length: 12 }, (_, i) => ({
          code: String(1000 + i),
          name: `Account ${i}`,
          id: 'b3f1c2d4e5f60718293a4b5c6d7e8f90aabbccdd',
          amount: '$1,234.00',
        })),
        { code: 'X', name: LONG, id: 'tall', amount: '$0.00' },
        { code: '9999', name: 'After the tall one' },
      ],
      totals: { name: 'Total', amount: '$14,808.00' },
    },
  ],
  footer: 'Confidential',
});

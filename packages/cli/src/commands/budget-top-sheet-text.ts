import { formatBasisPoints, formatMoney, type MinorUnits, type TopSheet } from '@greenlight/domain';

type Line = { readonly acct: string; readonly name: string; readonly amounts: readonly string[] };

/**
 * The top sheet as a plain-text table for a terminal: per section a heading, its accounts (lines,
 * fringes, total) and its total; then the subtotal, each percentage item with its rate and base, and the
 * grand total. Amounts are right-aligned in their columns.
 */
export const budgetTopSheetText = (topSheet: TopSheet): string => {
  const money = (amount: number): string => formatMoney(amount as MinorUnits, topSheet.currency);
  const header: Line = { acct: 'Acct', name: 'Account', amounts: ['Lines', 'Fringes', 'Total'] };
  const blocks: (Line | string)[][] = topSheet.sections.map((section) => [
    section.label.toUpperCase(),
    ...section.rows.map((row): Line => ({
      acct: row.accountNumber,
      name: row.name,
      amounts: [money(row.lines), money(row.fringes), money(row.total)],
    })),
    {
      acct: '',
      name: `Total ${section.label.toLowerCase()}`,
      amounts: ['', '', money(section.total)],
    },
  ]);
  const totals: Line[] = [
    { acct: '', name: 'Subtotal', amounts: ['', '', money(topSheet.subtotal)] },
    ...topSheet.items.map((item): Line => ({
      acct: '',
      name: `${item.name} (${formatBasisPoints(item.rateBp)} of ${money(item.base)})`,
      amounts: ['', '', money(item.amount)],
    })),
    { acct: '', name: 'Grand total', amounts: ['', '', money(topSheet.grandTotal)] },
  ];
  const lines = [header, ...blocks.flat(), ...totals].filter(
    (line): line is Line => typeof line !== 'string',
  );
  const acctWidth = Math.max(...lines.map((line) => line.acct.length));
  const nameWidth = Math.max(...lines.map((line) => line.name.length));
  const amountWidths = [0, 1, 2].map((i) =>
    Math.max(...lines.map((line) => (line.amounts[i] ?? '').length)),
  );
  const render = (line: Line): string =>
    [
      line.acct.padEnd(acctWidth),
      line.name.padEnd(nameWidth),
      ...amountWidths.map((width, i) => (line.amounts[i] ?? '').padStart(width)),
    ]
      .join('  ')
      .trimEnd();
  const out = [render(header)];
  for (const block of blocks) {
    out.push('');
    for (const line of block) out.push(typeof line === 'string' ? line : render(line));
  }
  out.push('', ...totals.map(render));
  return `${out.join('\n')}\n`;
};

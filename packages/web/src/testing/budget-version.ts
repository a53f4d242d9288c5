import type {
  BudgetListDto,
  BudgetVersionDto,
  BudgetVersionSummaryDto,
  ComputedLineDto,
  TopSheetDto,
} from '@greenlight/contract';

// A small budget for the Budget tab's tests: two accounts above the line, one below, a fringe account.

export const BUDGET_IDS = {
  budget: '00000000-0000-4000-8000-0000000000b1',
  approved: '00000000-0000-4000-8000-0000000000c1',
  draft: '00000000-0000-4000-8000-0000000000c2',
} as const;

export const budgetLine = (
  id: string,
  accountNumber: string,
  description: string,
  rateDollars: number,
  quantity = 1,
): ComputedLineDto => ({
  id,
  accountNumber,
  description,
  amount: { kind: 'quantity', quantity: quantity * 1000 },
  unit: 'flat',
  multiplier: 1000,
  rate: rateDollars * 100,
  currency: 'USD',
  fringeIds: [],
  scheduleLink: null,
  section: accountNumber < '2000' ? 'above-the-line' : 'below-the-line',
  quantity: quantity * 1000,
  totalInLineCurrency: rateDollars * 100 * quantity,
  total: rateDollars * 100 * quantity,
  fringes: [],
  fringeTotal: 0,
});

export const BUDGET_LINES: readonly ComputedLineDto[] = [
  budgetLine('rights', '1100', 'Option on the novel', 150_000),
  budgetLine('director', '1400', 'Director', 250_000),
  budgetLine('gaffer', '3100', 'Gaffer', 700, 20),
  budgetLine('lighting', '3100', 'Lighting package', 9_500, 4),
];

/** The top sheet of `lines` (no fringes, 10 % contingency). */
export const topSheetOf = (lines: readonly ComputedLineDto[]): TopSheetDto => {
  const sum = (account: string) =>
    lines.filter((l) => l.accountNumber === account).reduce((s, l) => s + l.total, 0);
  const row = (accountNumber: string, name: string) => ({
    accountNumber,
    name,
    department: null,
    lines: sum(accountNumber),
    fringes: 0,
    total: sum(accountNumber),
  });
  const atl = [row('1100', 'Story & Rights'), row('1400', 'Director'), row('1900', 'ATL Fringes')];
  const btl = [row('3100', 'Electric')];
  const total = (rows: typeof atl) => rows.reduce((s, r) => s + r.total, 0);
  const subtotal = total(atl) + total(btl);
  const contingency = Math.round(subtotal / 10);
  return {
    currency: 'USD',
    sections: [
      { section: 'above-the-line', label: 'Above the line', rows: atl, total: total(atl) },
      { section: 'below-the-line', label: 'Below the line', rows: btl, total: total(btl) },
      { section: 'post', label: 'Post-production', rows: [], total: 0 },
      { section: 'other', label: 'Other', rows: [], total: 0 },
    ],
    subtotal,
    items: [
      {
        id: 'contingency',
        kind: 'contingency',
        name: 'Contingency',
        rateBp: 1000,
        base: subtotal,
        amount: contingency,
      },
    ],
    grandTotal: subtotal + contingency,
  };
};

export const versionSummary = (
  id: string,
  number: number,
  status: BudgetVersionSummaryDto['status'],
  grandTotal: number,
): BudgetVersionSummaryDto => ({
  id,
  budgetId: BUDGET_IDS.budget,
  number,
  name: number === 1 ? 'First draft' : `Revision of version 1`,
  status,
  revisionOf: number === 1 ? null : BUDGET_IDS.approved,
  revision: 3,
  currency: 'USD',
  lineCount: BUDGET_LINES.length,
  grandTotal,
  createdAt: '2026-12-01T10:00:00.000Z',
  createdBy: null,
  submittedAt: null,
  submittedBy: null,
  approvedAt: status === 'approved' ? '2026-12-02T10:00:00.000Z' : null,
  approvedBy: null,
  lockedAt: null,
});

/** A version of the test budget; a draft unless told. */
export const budgetVersion = (
  options: {
    readonly status?: BudgetVersionSummaryDto['status'];
    readonly lines?: readonly ComputedLineDto[];
  } = {},
): BudgetVersionDto => {
  const status = options.status ?? 'draft';
  const lines = [...(options.lines ?? BUDGET_LINES)];
  const topSheet = topSheetOf(lines);
  const id = status === 'draft' ? BUDGET_IDS.draft : BUDGET_IDS.approved;
  return {
    version: versionSummary(id, status === 'draft' ? 2 : 1, status, topSheet.grandTotal),
    budget: { id: BUDGET_IDS.budget, name: 'Production budget', main: true },
    setup: {
      exchangeRates: [{ currency: 'EUR', perUnitMicros: 1_085_000 }],
      globals: [
        {
          name: 'SHOOT_DAYS',
          description: 'Shoot days',
          value: { kind: 'quantity', quantity: 20_000 },
          scheduleLink: { kind: 'shoot-days' },
        },
      ],
      fringes: [
        {
          id: 'payroll-taxes',
          name: 'Payroll taxes',
          kind: 'percentage',
          rateBp: 765,
          cap: null,
          threshold: null,
        },
      ],
      accounts: [
        {
          number: '1100',
          name: 'Story & Rights',
          section: 'above-the-line',
          role: 'lines',
          department: null,
        },
        {
          number: '1400',
          name: 'Director',
          section: 'above-the-line',
          role: 'lines',
          department: null,
        },
        {
          number: '1900',
          name: 'ATL Fringes',
          section: 'above-the-line',
          role: 'fringes',
          department: null,
        },
        {
          number: '3100',
          name: 'Electric',
          section: 'below-the-line',
          role: 'lines',
          department: 'electric',
        },
      ],
      percentageItems: [
        {
          id: 'contingency',
          kind: 'contingency',
          name: 'Contingency',
          rateBp: 1000,
          base: { sections: ['above-the-line', 'below-the-line', 'post', 'other'], items: [] },
        },
      ],
    },
    globals: [{ name: 'SHOOT_DAYS', value: 20_000 }],
    lines,
    page: { offset: 0, limit: 20_000, total: lines.length },
    topSheet,
    figures: {
      currency: 'USD',
      aboveTheLine: topSheet.sections[0]?.total ?? 0,
      belowTheLine: topSheet.sections[1]?.total ?? 0,
      post: 0,
      other: 0,
      subtotal: topSheet.subtotal,
      contingency: topSheet.items[0]?.amount ?? 0,
      completionBond: 0,
      grandTotal: topSheet.grandTotal,
    },
    fringeTotals: [],
    editable: status === 'draft',
    transitions:
      status === 'draft'
        ? ['submit']
        : status === 'submitted'
          ? ['withdraw', 'return', 'approve']
          : [],
  };
};

export const budgetList = (versions: readonly BudgetVersionSummaryDto[]): BudgetListDto => ({
  budgets: [
    {
      id: BUDGET_IDS.budget,
      name: 'Production budget',
      main: true,
      templateId: 'feature-film',
      createdAt: '2026-12-01T10:00:00.000Z',
      versions: [...versions],
    },
  ],
  templates: [
    { id: 'feature-film', name: 'Feature film' },
    { id: 'episodic-tv', name: 'Episodic television' },
  ],
});

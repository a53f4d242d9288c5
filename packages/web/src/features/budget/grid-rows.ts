import type { BudgetSetupDto, ComputedLineDto, TopSheetDto } from '@greenlight/contract';
import { BUDGET_SECTION_LABELS, BUDGET_SECTIONS, type BudgetSection } from '@greenlight/domain';

type Account = BudgetSetupDto['accounts'][number];

/** One row of the grid. Every row has the same height, so the list can be windowed. */
export type GridRow =
  | {
      readonly kind: 'section';
      readonly key: string;
      readonly section: BudgetSection;
      readonly label: string;
    }
  | {
      readonly kind: 'account';
      readonly key: string;
      readonly account: Account;
      readonly lineCount: number;
      readonly fringes: number;
      readonly total: number;
      readonly collapsed: boolean;
    }
  | { readonly kind: 'line'; readonly key: string; readonly line: ComputedLineDto }
  | {
      readonly kind: 'section-total';
      readonly key: string;
      readonly section: BudgetSection;
      readonly label: string;
      readonly total: number;
    };

export type GridRowsInput = {
  readonly accounts: readonly Account[];
  readonly lines: readonly ComputedLineDto[];
  readonly topSheet: TopSheetDto;
  /** Account numbers whose lines are folded away. */
  readonly collapsed?: ReadonlySet<string>;
  /** Only lines whose description (or account) contains this, case-insensitively. */
  readonly filter?: string;
};

/**
 * The grid as one flat list: for each section its heading, each account (with its total from the top
 * sheet) followed by its lines in budget order, then the section's total. Accounts without lines are kept
 * (a new budget is all empty accounts to fill); while filtering, only accounts with a match are.
 */
export const gridRows = ({
  accounts,
  lines,
  topSheet,
  collapsed,
  filter,
}: GridRowsInput): GridRow[] => {
  const needle = filter?.trim().toLowerCase() ?? '';
  const byAccount = new Map<string, ComputedLineDto[]>();
  for (const line of lines) {
    if (needle !== '' && !line.description.toLowerCase().includes(needle)) continue;
    const list = byAccount.get(line.accountNumber);
    if (list === undefined) byAccount.set(line.accountNumber, [line]);
    else list.push(line);
  }
  const totals = new Map(
    topSheet.sections.flatMap((section) => section.rows.map((row) => [row.accountNumber, row])),
  );
  const sectionTotals = new Map(topSheet.sections.map((s) => [s.section, s.total]));
  const rows: GridRow[] = [];
  for (const section of BUDGET_SECTIONS) {
    const inSection = accounts.filter(
      (account) =>
        account.section === section &&
        (needle === '' ||
          byAccount.has(account.number) ||
          `${account.number} ${account.name}`.toLowerCase().includes(needle)),
    );
    if (inSection.length === 0) continue;
    const label = BUDGET_SECTION_LABELS[section];
    rows.push({ kind: 'section', key: `section:${section}`, section, label });
    for (const account of inSection) {
      const own = byAccount.get(account.number) ?? [];
      const figures = totals.get(account.number);
      const folded = collapsed?.has(account.number) === true;
      rows.push({
        kind: 'account',
        key: `account:${account.number}`,
        account,
        lineCount: own.length,
        fringes: figures?.fringes ?? 0,
        total: figures?.total ?? 0,
        collapsed: folded,
      });
      if (!folded) {
        for (const line of own) rows.push({ kind: 'line', key: `line:${line.id}`, line });
      }
    }
    rows.push({
      kind: 'section-total',
      key: `total:${section}`,
      section,
      label,
      total: sectionTotals.get(section) ?? 0,
    });
  }
  return rows;
};

/** The index of a line's row, or -1 when it is not shown. */
export const rowOfLine = (rows: readonly GridRow[], lineId: string): number =>
  rows.findIndex((row) => row.kind === 'line' && row.line.id === lineId);

import type { BudgetListDto, BudgetVersionSummaryDto } from '@greenlight/contract';

/**
 * The two versions a comparison opens on when the link names none: the main budget's newest version
 * against the one it revises (or the version before it).
 */
export const compareDefaults = (
  list: BudgetListDto,
): { readonly from: string | null; readonly to: string | null } => {
  const budget = list.budgets.find((b) => b.main) ?? list.budgets[0];
  if (budget === undefined) return { from: null, to: null };
  const versions = [...budget.versions].sort((a, b) => b.number - a.number);
  const newest: BudgetVersionSummaryDto | undefined = versions[0];
  if (newest === undefined) return { from: null, to: null };
  const previous =
    (newest.revisionOf === null ? undefined : versions.find((v) => v.id === newest.revisionOf)) ??
    versions[1];
  return { from: previous?.id ?? null, to: newest.id };
};

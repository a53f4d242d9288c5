import type { ImportBudgetRequest } from '@greenlight/contract';
import {
  budgetOf,
  buildBudgetReport,
  DomainError,
  formatMoney,
  type ComputedBudget,
  type ProductionId,
} from '@greenlight/domain';
import { renderReportPdf } from '@greenlight/pdf';
import { writeBudgetCsv, writeBudgetXlsx } from '@greenlight/spreadsheet';
import { toDetailLineDto, toSetupDto } from './budget-dto.js';
import { computeOrRefuse, loadComputedBudget, mustFindVersion } from './load-budget.js';
import { readBudgetBytes } from './read-budget-bytes.js';
import { mustFind, personOf, readOnly, type ServiceContext } from './service-context.js';
import { takeAction, type TakeActionResult } from './take-action.js';

// A budget version as a file (CSV and XLSX read back without loss; a PDF to print), and a budget file made
// into a new budget: the round trip a budget makes through Excel.

const versionBudget = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
): Promise<{ computed: ComputedBudget; label: string }> => {
  const repos = readOnly(context.deps);
  const version = await mustFindVersion(repos, productionId, versionId);
  const computed = await loadComputedBudget(repos, version, context.deps);
  return { computed, label: `Version ${version.number}: ${version.name}` };
};

export const budgetVersionCsv = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
): Promise<Uint8Array> => {
  const { computed } = await versionBudget(context, productionId, versionId);
  // With a byte order mark, so Excel opens the UTF-8 as UTF-8 (the reader accepts it either way).
  return new TextEncoder().encode(`\uFEFF${writeBudgetCsv(budgetOf(computed))}`);
};

export const budgetVersionXlsx = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
): Promise<Uint8Array> => {
  const { computed } = await versionBudget(context, productionId, versionId);
  return writeBudgetXlsx(budgetOf(computed));
};

export const budgetVersionPdf = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
): Promise<Uint8Array> => {
  const { computed, label } = await versionBudget(context, productionId, versionId);
  const production = mustFind(
    await readOnly(context.deps).productions.get(productionId),
    'production',
  );
  return renderReportPdf(
    buildBudgetReport(computed, {
      title: production.title,
      version: label,
      generatedAt: context.deps.clock.now(),
      timeZone: production.timeZone,
    }),
  );
};

/**
 * A new budget from a budget file. The file is read and worked out before anything is asked of the
 * authority matrix: a file with errors is refused with every error and its row, and nothing is written.
 */
export const importBudget = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: ImportBudgetRequest,
): Promise<TakeActionResult> => {
  const read = await readBudgetBytes(
    new Uint8Array(Buffer.from(input.content, 'base64')),
    input.fileName,
  );
  const errors = read.diagnostics.filter((d) => d.severity === 'error');
  if (read.budget === null || errors.length > 0) {
    const first = errors[0];
    const where = first?.line === undefined ? '' : ` (row ${first.line})`;
    throw new DomainError(
      'validation',
      `${input.fileName} is not a budget file Greenlight can read: ${first?.message ?? 'no budget in it'}${where}${errors.length > 1 ? `, and ${errors.length - 1} more` : ''}`,
      { diagnostics: read.diagnostics },
    );
  }
  const budget = read.budget;
  const computed = computeOrRefuse(budget);
  const { lines, ...setup } = budget;
  const grandTotal = formatMoney(computed.grandTotal, computed.currency);
  return takeAction(context, {
    productionId,
    action: 'budget.edit-top-sheet',
    summary: `Make the budget “${input.name}” from ${input.fileName} (${lines.length} lines, ${grandTotal})`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'import-budget' as const,
        name: input.name,
        fileName: input.fileName,
        currency: budget.currency,
        setup: toSetupDto(setup, {}),
        lines: lines.map(toDetailLineDto),
        versionName: input.versionName ?? `Imported from ${input.fileName}`,
        createdBy: personOf(context),
      }),
  });
};

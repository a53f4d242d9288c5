import { basename } from 'node:path';
import { z } from 'zod';
import { budgetSummary, computeBudget, type BudgetSummary } from '@greenlight/domain';
import { checkFile } from '../check-file.js';
import type { CliIo } from '../cli-io.js';
import { parseArgs } from '../parse-args.js';
import { formatBudgetDiagnostic, readBudgetFile } from './budget-file.js';
import { budgetTopSheetText } from './budget-top-sheet-text.js';

const BudgetComputeOptionsSchema = z.object({
  file: z.string().min(1),
  json: z.boolean().optional(),
});

/** What `budget compute --json` prints: the top sheet in minor units of the budget currency. */
export type BudgetComputeJson = BudgetSummary;

/**
 * `greenlight budget compute FILE [--json]`: reads a budget file (XLSX or CSV, README "Budget files"),
 * works it out and prints its top sheet; with `--json`, `{"currency", "aboveTheLine", "belowTheLine",
 * "post", "other", "subtotal", "contingency", "completionBond", "grandTotal"}` in minor units. Warnings
 * go to stderr and do not stop it. Exit 0; 2 when the file cannot be read as a budget or the budget
 * cannot be worked out (every problem on stderr with its row and column); 5 for a missing file.
 */
export const budgetComputeCommand = async (
  raw: Record<string, unknown>,
  io: CliIo,
): Promise<number> => {
  const options = parseArgs(BudgetComputeOptionsSchema, raw);
  await checkFile(options.file);
  const read = await readBudgetFile(options.file);
  for (const diagnostic of read.diagnostics) {
    io.err(formatBudgetDiagnostic(options.file, diagnostic));
  }
  if (read.budget === null || read.diagnostics.some((d) => d.severity === 'error')) return 2;

  const computed = computeBudget(read.budget);
  if (!computed.ok) {
    // parseBudgetRows has reported the engine's problems already; this is its summary.
    io.err(`greenlight: ${options.file}: ${computed.error.message}\n`);
    return 2;
  }
  const summary = budgetSummary(computed.value);
  if (options.json === true) {
    const json: BudgetComputeJson = summary;
    io.out(`${JSON.stringify(json)}\n`);
    return 0;
  }
  const lineCount = computed.value.lineCount;
  io.out(
    `${basename(options.file)}: budget in ${summary.currency}, ${lineCount} detail line${lineCount === 1 ? '' : 's'} (${read.format.toUpperCase()})\n\n`,
  );
  io.out(budgetTopSheetText(computed.value.topSheet));
  return 0;
};

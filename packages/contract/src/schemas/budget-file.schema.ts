import { z } from 'zod';

/** Far above any budget file (a 10,000-line budget is about 1 MiB as CSV). */
export const MAX_BUDGET_FILE_BYTES = 20 * 1024 * 1024;
const MAX_BASE64_CHARACTERS = Math.ceil(MAX_BUDGET_FILE_BYTES / 3) * 4;

/** A budget file (README "Budget files": Greenlight's CSV or XLSX) made into a new budget. */
export const ImportBudgetRequestSchema = z.object({
  name: z.string().trim().min(1).max(200).describe('The new budget’s name'),
  fileName: z.string().trim().min(1).max(255).describe('Tells CSV from XLSX when the bytes do not'),
  content: z
    .base64()
    .max(MAX_BASE64_CHARACTERS, 'the file is over the 20 MB limit for budget files')
    .describe('The file’s bytes, base64'),
  versionName: z.string().trim().min(1).max(200).optional(),
});
export type ImportBudgetRequest = z.infer<typeof ImportBudgetRequestSchema>;

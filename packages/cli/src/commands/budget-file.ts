import { readFile } from 'node:fs/promises';
import type { BudgetFileDiagnostic } from '@greenlight/importers';
import { readBudgetBytes, type BudgetFileRead } from '@greenlight/server';

// The budget file reader lives in the server (the API imports the same files); the CLI reads from disk.

/** `readBudgetBytes` on a file. */
export const readBudgetFile = async (path: string): Promise<BudgetFileRead> =>
  readBudgetBytes(new Uint8Array(await readFile(path)), path);

/** A diagnostic as the CLI prints it: `greenlight: FILE: error row 12, Rate: …`. */
export const formatBudgetDiagnostic = (file: string, d: BudgetFileDiagnostic): string => {
  const place =
    d.line === undefined ? '' : ` row ${d.line}${d.field === undefined ? '' : `, ${d.field}`}`;
  return `greenlight: ${file}: ${d.severity}${place}: ${d.message}\n`;
};

import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import {
  budgetFromTemplate,
  currencyCode,
  DomainError,
  EPISODIC_TV_TEMPLATE,
  FEATURE_FILM_TEMPLATE,
} from '@greenlight/domain';
import { writeBudgetCsv, writeBudgetXlsx } from '@greenlight/spreadsheet';
import type { CliIo } from '../cli-io.js';
import { parseArgs } from '../parse-args.js';

const TEMPLATES = { feature: FEATURE_FILM_TEMPLATE, episodic: EPISODIC_TV_TEMPLATE } as const;

const BudgetTemplateOptionsSchema = z.object({
  template: z.enum(['feature', 'episodic']),
  out: z
    .string()
    .min(1)
    .refine((file) => ['.xlsx', '.csv'].includes(extname(file).toLowerCase()), {
      message: 'the file must end in .xlsx or .csv',
    }),
  currency: z
    .string()
    .transform((code) => code.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as USD'))
    .default('USD'),
  force: z.boolean().optional(),
});

/**
 * `greenlight budget template feature|episodic --out FILE.xlsx|FILE.csv [--currency USD] [--force]`:
 * writes the chart of accounts, example fringes, globals, contingency and completion bond of a
 * template as a budget file with no lines yet, to fill in and read with `budget compute`. Refuses to
 * overwrite a file (exit 6) unless `--force`.
 */
export const budgetTemplateCommand = async (
  raw: Record<string, unknown>,
  io: CliIo,
): Promise<number> => {
  const options = parseArgs(BudgetTemplateOptionsSchema, raw);
  const template = TEMPLATES[options.template];
  const budget = budgetFromTemplate(template, currencyCode(options.currency));
  const bytes =
    extname(options.out).toLowerCase() === '.csv'
      ? new TextEncoder().encode(writeBudgetCsv(budget))
      : await writeBudgetXlsx(budget);
  await writeFile(options.out, bytes, { flag: options.force === true ? 'w' : 'wx' }).catch(
    (error: unknown) => {
      const code = (error as { code?: unknown }).code;
      if (code === 'EEXIST') {
        throw new DomainError('conflict', `${options.out} exists; pass --force to overwrite it`);
      }
      throw new DomainError(
        'validation',
        `Cannot write ${options.out}: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
  io.out(
    `${options.out}: ${template.name} budget in ${options.currency}, ${template.accounts.length} accounts, ${template.fringes.length} fringes, ${template.globals.length} globals\n`,
  );
  return 0;
};

import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { openDatabase } from '@greenlight/db';
import { DomainError } from '@greenlight/domain';
import { createServerDeps, renderCostReport } from '@greenlight/server';
import type { CliIo } from '../cli-io.js';
import { databaseOptions } from '../database-options.js';
import { parseArgs } from '../parse-args.js';

const CostReportOptionsSchema = z
  .object({
    production: z.uuid('--production must be a production id (a UUID)'),
    format: z
      .enum(['json', 'pdf', 'xlsx'], { error: '--format must be pdf, xlsx or json' })
      .default('json'),
    out: z.string().min(1).optional(),
    asOf: z.iso.date('--as-of must be a date YYYY-MM-DD').optional(),
    force: z.boolean().optional(),
    dataDir: z.string().min(1).optional(),
  })
  .refine((o) => o.format === 'json' || o.out !== undefined, {
    path: ['out'],
    message: 'a PDF or XLSX report is written to a file: give --out FILE',
  });

/**
 * `greenlight cost-report --production ID [--format pdf|xlsx|json] [--out FILE] [--as-of DATE] [--force]`:
 * the cost report against the approved budget, as the API builds it. JSON goes to stdout unless `--out`;
 * PDF and XLSX need `--out` (bytes are never written to a terminal). Refuses to overwrite a file (exit 6)
 * unless `--force`. No sign-in: whoever runs it holds the data directory or DATABASE_URL, as for `doctor`.
 * Exits 5 for an unknown production, 6 when it has no approved budget, 2 for bad arguments.
 */
export const costReportCommand = async (
  raw: Record<string, unknown>,
  io: CliIo,
): Promise<number> => {
  const options = parseArgs(CostReportOptionsSchema, raw);
  const database = await openDatabase(databaseOptions(options.dataDir, io.env));
  try {
    const rendered = await renderCostReport(createServerDeps(database), options.production, {
      format: options.format,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    });
    const bytes =
      'json' in rendered
        ? new TextEncoder().encode(`${JSON.stringify(rendered.json, null, 2)}\n`)
        : rendered.bytes;
    if (options.out === undefined) {
      io.out(new TextDecoder().decode(bytes));
      return 0;
    }
    const out = options.out;
    await writeFile(out, bytes, { flag: options.force === true ? 'w' : 'wx' }).catch(
      (error: unknown) => {
        if ((error as { code?: string }).code === 'EEXIST') {
          throw new DomainError('conflict', `${out} exists; pass --force to overwrite it`);
        }
        throw new DomainError('storage', `Cannot write ${out}: ${(error as Error).message}`);
      },
    );
    io.err(`Wrote the cost report (${options.format}) to ${out}\n`);
    return 0;
  } finally {
    await database.close();
  }
};

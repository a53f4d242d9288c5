import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { openDatabase } from '@greenlight/db';
import { DomainError } from '@greenlight/domain';
import { createServerDeps, type ServerDeps } from '@greenlight/server';
import type { CliIo } from '../cli-io.js';
import { databaseOptions } from '../database-options.js';
import { parseArgs } from '../parse-args.js';

type FileFormat = 'pdf' | 'xlsx';

/** How one report command differs from another: its name, its file formats and how the server renders it. */
export type ReportCommandSpec<F extends FileFormat> = {
  /** As said to the user: "the cost report". */
  readonly noun: string;
  readonly fileFormats: readonly [F, ...F[]];
  readonly render: (
    deps: ServerDeps,
    productionId: string,
    options: { readonly asOf?: string; readonly format: 'json' | F },
  ) => Promise<{ readonly json: unknown } | { readonly bytes: Uint8Array }>;
};

const listed = (words: readonly string[]): string =>
  words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/**
 * The shape every report command shares (`cost-report`, `progress-report`): `--production ID
 * [--format …|json] [--out FILE] [--as-of DATE] [--force]`, the report as the API builds it. JSON goes to
 * stdout unless `--out`; file formats need `--out` (bytes are never written to a terminal). Refuses to
 * overwrite a file (exit 6) unless `--force`. No sign-in: whoever runs it holds the data directory or
 * DATABASE_URL, as for `doctor`. Exits 5 for an unknown production, 6 when it has no approved budget, 2 for
 * bad arguments.
 */
export const reportCommand =
  <F extends FileFormat>(spec: ReportCommandSpec<F>) =>
  async (raw: Record<string, unknown>, io: CliIo): Promise<number> => {
    const formats = [...spec.fileFormats, 'json'] as const;
    const upper = spec.fileFormats.map((f) => f.toUpperCase());
    const schema = z
      .object({
        production: z.uuid('--production must be a production id (a UUID)'),
        format: z
          .string()
          .default('json')
          .refine((v) => (formats as readonly string[]).includes(v), {
            message: `--format must be ${listed(formats)}`,
          }),
        out: z.string().min(1).optional(),
        asOf: z.iso.date('--as-of must be a date YYYY-MM-DD').optional(),
        force: z.boolean().optional(),
        dataDir: z.string().min(1).optional(),
      })
      .refine((o) => o.format === 'json' || o.out !== undefined, {
        path: ['out'],
        message: `a ${listed(upper)} report is written to a file: give --out FILE`,
      });
    const options = parseArgs(schema, raw);
    const database = await openDatabase(databaseOptions(options.dataDir, io.env));
    try {
      const rendered = await spec.render(createServerDeps(database), options.production, {
        // One of `formats`: the schema refined it.
        format: options.format as 'json' | F,
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
      io.err(`Wrote ${spec.noun} (${options.format}) to ${out}\n`);
      return 0;
    } finally {
      await database.close();
    }
  };

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { openDatabase } from '@greenlight/db';
import { DomainError, calendarDate } from '@greenlight/domain';
import { createServerDeps, importScriptFile } from '@greenlight/server';
import type { CliIo } from '../cli-io.js';
import { databaseOptions } from '../database-options.js';
import { parseArgs } from '../parse-args.js';

const ScriptImportOptionsSchema = z.object({
  file: z.string().min(1),
  production: z.uuid('--production must be a production id (a UUID)'),
  as: z.email('--as must be the e-mail of a user').optional(),
  revisionColour: z.string().min(1).optional(),
  draftDate: z.iso.date('--draft-date must be a date YYYY-MM-DD').optional(),
  dataDir: z.string().min(1).optional(),
  json: z.boolean().default(false),
});

/**
 * `greenlight script import FILE --production ID [--as EMAIL]`: imports a screenplay (Fountain, Final Draft or
 * PDF) into a production as a new draft, through the same action, authority check and audit as the web app.
 * Exit 0 when imported or sent for approval; otherwise the error's exit code (2 for a file that cannot be
 * read, 4 when the person may not import, 5 for a missing file or production).
 */
export const scriptImportCommand = async (
  raw: Record<string, unknown>,
  io: CliIo,
): Promise<number> => {
  const options = parseArgs(ScriptImportOptionsSchema, raw);
  const info = await stat(options.file).catch(() => null);
  if (info === null) throw new DomainError('not-found', `There is no file ${options.file}`);
  if (!info.isFile()) throw new DomainError('validation', `${options.file} is not a file`);
  const bytes = new Uint8Array(await readFile(options.file));
  const target = databaseOptions(options.dataDir, io.env);
  const database = await openDatabase(target);
  try {
    const result = await importScriptFile(createServerDeps(database), {
      productionId: options.production,
      fileName: basename(options.file),
      bytes,
      ...(options.as === undefined ? {} : { asEmail: options.as }),
      ...(options.revisionColour === undefined ? {} : { revisionColour: options.revisionColour }),
      ...(options.draftDate === undefined ? {} : { draftDate: calendarDate(options.draftDate) }),
    });
    if (options.json) {
      io.out(`${JSON.stringify(result)}\n`);
    } else if (result.outcome === 'approval-requested') {
      io.out(`Sent for approval (request ${result.requestId}): ${result.summary}\n`);
    } else {
      const r = result.result as Record<string, unknown>;
      io.out(
        `Imported ${basename(options.file)} as draft ${String(r['number'])} (${String(r['revisionColour'])}) by ${result.actor}: ` +
          `${String(r['scenes'])} scenes (${String(r['added'])} added, ${String(r['changed'])} changed, ${String(r['omitted'])} omitted); ` +
          `${String(r['tagsKept'])} tags kept, ${String(r['tagsForReview'])} for review, ${String(r['tagsImported'])} imported from the file\n`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
};

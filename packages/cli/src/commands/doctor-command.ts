import { z } from 'zod';
import { checkDatabase } from '@greenlight/db';
import type { CliIo } from '../cli-io.js';
import { databaseOptions } from '../database-options.js';
import { parseArgs } from '../parse-args.js';

const DoctorOptionsSchema = z.object({ dataDir: z.string().min(1).optional() });

/** Checks the data directory and the database and says, in words, what is wrong. Exit 8 when anything is. */
export const doctorCommand = async (raw: Record<string, unknown>, io: CliIo): Promise<number> => {
  const options = parseArgs(DoctorOptionsSchema, raw);
  const target = databaseOptions(options.dataDir, io.env);
  io.out(`Checking the ${target.describe}\n`);
  const checks = await checkDatabase(target);
  for (const check of checks)
    io.out(`  ${check.ok ? 'ok  ' : 'FAIL'}  ${check.check}: ${check.message}\n`);
  const failed = checks.filter((c) => !c.ok).length;
  io.out(
    failed === 0
      ? 'Everything looks right.\n'
      : `${failed} problem${failed === 1 ? '' : 's'} found.\n`,
  );
  return failed === 0 ? 0 : 8;
};

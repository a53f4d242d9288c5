import { z } from 'zod';
import { openDatabase } from '@greenlight/db';
import { createServerDeps, seedDemo } from '@greenlight/server';
import type { CliIo } from '../cli-io.js';
import { databaseOptions } from '../database-options.js';
import { parseArgs } from '../parse-args.js';

const DemoOptionsSchema = z.object({
  dataDir: z.string().min(1).optional(),
  json: z.boolean().default(false),
});

/** Creates (or finds again) the demo production and prints who can sign in. */
export const demoCommand = async (raw: Record<string, unknown>, io: CliIo): Promise<number> => {
  const options = parseArgs(DemoOptionsSchema, raw);
  const target = databaseOptions(options.dataDir, io.env);
  const database = await openDatabase(target);
  try {
    const demo = await seedDemo(createServerDeps(database));
    if (options.json) {
      io.out(
        `${JSON.stringify({
          productionId: demo.productionId,
          users: demo.users.map((u) => ({ email: u.email, password: u.password, role: u.role })),
        })}\n`,
      );
    } else {
      io.out(
        `Demo production ${demo.created ? 'created' : 'already there'} in the ${target.describe}: ${demo.productionId}\n`,
      );
      io.out('Sign in with any of these users:\n');
      for (const u of demo.users)
        io.out(`  ${u.role.padEnd(26)} ${u.email.padEnd(32)} ${u.password}\n`);
      io.out('Then run `npx greenlight serve` with the same data directory.\n');
    }
    return 0;
  } finally {
    await database.close();
  }
};

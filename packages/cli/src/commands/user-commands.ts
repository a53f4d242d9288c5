import { z } from 'zod';
import { CreateUserRequestSchema } from '@greenlight/contract';
import { DomainError } from '@greenlight/domain';
import { createRepositories, openDatabase } from '@greenlight/db';
import { createServerDeps, createUser } from '@greenlight/server';
import type { CliIo } from '../cli-io.js';
import { databaseOptions } from '../database-options.js';
import { parseArgs } from '../parse-args.js';

const UserOptionsSchema = z.object({
  dataDir: z.string().min(1).optional(),
  email: z.string(),
  name: z.string(),
  password: z.string().optional(),
  admin: z.boolean().default(false),
});

const addUser = async (
  raw: Record<string, unknown>,
  io: CliIo,
  first: boolean,
): Promise<number> => {
  const options = parseArgs(UserOptionsSchema, raw);
  // The password may come from the environment so it stays out of shell history.
  const password = options.password ?? io.env['GREENLIGHT_PASSWORD'];
  const input = parseArgs(CreateUserRequestSchema, {
    email: options.email,
    name: options.name,
    password,
    isAdmin: first || options.admin,
  });
  const database = await openDatabase(databaseOptions(options.dataDir, io.env));
  try {
    if (first && (await createRepositories(database.kysely).users.count()) > 0) {
      throw new DomainError(
        'conflict',
        'This installation has users already; add more with `greenlight user add`',
      );
    }
    const user = await createUser(createServerDeps(database), input);
    io.out(`${first ? 'Administrator' : 'User'} ${user.email} created.\n`);
    return 0;
  } finally {
    await database.close();
  }
};

/** `greenlight init`: the first user, an administrator. */
export const initCommand = (raw: Record<string, unknown>, io: CliIo) => addUser(raw, io, true);
/** `greenlight user add`. */
export const userAddCommand = (raw: Record<string, unknown>, io: CliIo) => addUser(raw, io, false);

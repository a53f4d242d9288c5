import { resolve } from 'node:path';
import type { OpenDatabaseOptions } from '@greenlight/db';

/**
 * Which database a command uses: DATABASE_URL (PostgreSQL) when set, otherwise the embedded database in the
 * data directory (`--data-dir`, else GREENLIGHT_DATA_DIR, else `.greenlight` in the current directory).
 */
export const databaseOptions = (
  dataDir: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): OpenDatabaseOptions & { describe: string } => {
  const databaseUrl = env['DATABASE_URL'];
  if (databaseUrl) return { databaseUrl, describe: 'PostgreSQL (DATABASE_URL)' };
  const dir = resolve(dataDir ?? env['GREENLIGHT_DATA_DIR'] ?? '.greenlight');
  return { dataDir: dir, describe: `embedded database in ${dir}` };
};

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { seedDemo, startServer } from '@greenlight/server';
import type { CliIo } from '../cli-io.js';
import { databaseOptions } from '../database-options.js';
import { parseArgs } from '../parse-args.js';

const ServeOptionsSchema = z.object({
  dataDir: z.string().min(1).optional(),
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  demo: z.boolean().default(false),
  log: z.boolean().default(true),
});

const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Serves the API and the web app until SIGINT/SIGTERM, then closes the database cleanly. */
export const serveCommand = async (raw: Record<string, unknown>, io: CliIo): Promise<number> => {
  const options = parseArgs(ServeOptionsSchema, {
    ...raw,
    port: raw['port'] ?? io.env['PORT'] ?? '4000',
    host: raw['host'] ?? io.env['HOST'] ?? '127.0.0.1',
  });
  const database = databaseOptions(options.dataDir, io.env);
  const webRoot = existsSync(WEB_ROOT) ? WEB_ROOT : null;
  if (!webRoot) io.err('The web app is not built (run `npm run build`); serving the API only.\n');
  const server = await startServer({
    database,
    port: options.port,
    host: options.host,
    webRoot,
    log: options.log,
    mail: {
      smtpUrl: io.env['GREENLIGHT_SMTP_URL'] ?? null,
      from: io.env['GREENLIGHT_MAIL_FROM'] ?? null,
    },
    ...(options.demo
      ? {
          beforeListen: async (deps) => {
            const demo = await seedDemo(deps);
            io.out(`Demo production ${demo.created ? 'created' : 'ready'}: ${demo.productionId}\n`);
            io.out(`Sign in as any of these (password "${demo.users[0]?.password ?? ''}"):\n`);
            for (const user of demo.users) io.out(`  ${user.email.padEnd(34)} ${user.role}\n`);
          },
        }
      : {}),
  });
  // Listen for the stop signals before announcing: whoever reads that line may send one straight away.
  const stopped = io.untilStopped();
  io.out(
    `Greenlight is running at ${server.url} on the ${database.describe}. Press Ctrl+C to stop.\n`,
  );
  io.out(`Email is ${server.deps.mailer.describe}.\n`);
  await stopped;
  await server.close();
  io.out('Stopped; the database is closed.\n');
  return 0;
};

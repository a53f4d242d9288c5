import type { FastifyInstance } from 'fastify';
import { openDatabase, type OpenDatabaseOptions } from '@greenlight/db';
import { createApp } from './create-app.js';
import { createServerDeps } from './create-server-deps.js';
import type { ServerDeps } from './server-deps.js';

export type StartServerOptions = {
  readonly database: OpenDatabaseOptions;
  readonly port: number;
  readonly host: string;
  readonly webRoot: string | null;
  readonly secureCookies?: boolean;
  readonly log?: boolean;
  /** Runs against the open database before the server listens (the demo seed). */
  readonly beforeListen?: (deps: ServerDeps) => Promise<void>;
};

export type RunningServer = {
  readonly app: FastifyInstance;
  readonly deps: ServerDeps;
  readonly url: string;
  close(): Promise<void>;
};

/** Opens the database, builds the app and listens. `close` stops both; the caller wires it to signals. */
export const startServer = async (options: StartServerOptions): Promise<RunningServer> => {
  const database = await openDatabase(options.database);
  try {
    const deps = createServerDeps(database, {
      webRoot: options.webRoot,
      secureCookies: options.secureCookies ?? false,
    });
    await options.beforeListen?.(deps);
    const app = await createApp(deps, {
      logger: options.log === false ? false : { level: 'info' },
    });
    await app.listen({ port: options.port, host: options.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    let closing: Promise<void> | undefined;
    return {
      app,
      deps,
      url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
      close: () => {
        closing ??= (async () => {
          try {
            await app.close();
          } finally {
            await database.close();
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
};

import type { FastifyInstance } from 'fastify';
import { openDatabase, type OpenDatabaseOptions } from '@greenlight/db';
import { createApp } from './create-app.js';
import { createServerDeps } from './create-server-deps.js';
import { createMailer, type MailConfig } from './mail/create-mailer.js';
import type { ServerDeps } from './server-deps.js';

export type StartServerOptions = {
  readonly database: OpenDatabaseOptions;
  readonly port: number;
  readonly host: string;
  readonly webRoot: string | null;
  readonly secureCookies?: boolean;
  readonly log?: boolean;
  /** Where email goes (`GREENLIGHT_SMTP_URL`, `GREENLIGHT_MAIL_FROM`); without it, an outbox in memory. */
  readonly mail?: MailConfig;
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
  // Made first: an invalid SMTP URL is refused before the database is opened.
  let app: FastifyInstance | undefined;
  const mailer = createMailer(options.mail ?? { smtpUrl: null, from: null }, (message) =>
    app?.log.info(
      { to: message.to.address, subject: message.subject },
      'Mail kept in the outbox (set GREENLIGHT_SMTP_URL to send it)',
    ),
  );
  const database = await openDatabase(options.database);
  try {
    const deps = createServerDeps(database, {
      webRoot: options.webRoot,
      secureCookies: options.secureCookies ?? false,
      mailer,
    });
    await options.beforeListen?.(deps);
    app = await createApp(deps, {
      logger: options.log === false ? false : { level: 'info' },
    });
    const started = app;
    await started.listen({ port: options.port, host: options.host });
    const address = started.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    let closing: Promise<void> | undefined;
    return {
      app: started,
      deps,
      url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
      close: () => {
        closing ??= (async () => {
          try {
            await started.close();
          } finally {
            await mailer.close();
            await database.close();
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    await mailer.close();
    await database.close();
    throw error;
  }
};

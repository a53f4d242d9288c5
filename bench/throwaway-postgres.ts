import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type ThrowawayDatabase = {
  /** The new database's URL (same server and credentials). */
  readonly url: string;
  /** Drops it, closing whatever still uses it. */
  drop(): Promise<void>;
};

const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/**
 * A new, empty database on the server `serverUrl` names, so that a benchmark never writes into a database
 * someone uses: the demo and its extra requests go there, and it is dropped afterwards.
 */
export const createThrowawayDatabase = async (serverUrl: string): Promise<ThrowawayDatabase> => {
  const name = `greenlight_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(serverUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
};

/** host:port, without credentials or database, for printing. */
export const describeServer = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
};

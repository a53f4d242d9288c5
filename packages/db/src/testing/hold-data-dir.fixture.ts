// Test fixture, run as a separate process by open-database.test.ts: opens a data directory, writes one
// production, prints "ready" and keeps the directory open until killed, like a running `greenlight serve`.
import { currencyCode } from '@greenlight/domain';
import { openDatabase } from '../open-database.js';
import { createRepositories } from '../repositories/create-repositories.js';

const [dataDir, title] = process.argv.slice(2);
if (dataDir === undefined || title === undefined)
  throw new Error('usage: hold-data-dir.fixture.ts DATA_DIR TITLE');
const database = await openDatabase({ dataDir });
await createRepositories(database.kysely).productions.create({
  title,
  kind: 'documentary',
  currency: currencyCode('GBP'),
  timeZone: 'Europe/London',
});
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);

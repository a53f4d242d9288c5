import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseSchema } from '../database-schema.js';
import { migrateToLatest } from '../migrations/migrate-to-latest.js';
import { PGliteDialect } from '../pglite-dialect.js';
import { VALUE_PARSERS } from '../value-parsers.js';

// A fresh PGlite runs initdb (~3 s, the bulk of its start); loading a tarball of an already-migrated one takes
// ~0.7 s. Vitest runs every test file in a new process, so the tarball is cached on disk, keyed by the PGlite
// version and the migrations' source: editing a migration builds a new template.
const CACHE_DIR = join(tmpdir(), 'greenlight-db-templates');
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

let template: Promise<Blob> | undefined;

/** A migrated, empty database as a `dumpDataDir` tarball: built once per machine and schema, then reused. */
export const loadPGliteTemplate = (): Promise<Blob> => {
  template ??= readOrBuildTemplate();
  return template;
};

const readOrBuildTemplate = async (): Promise<Blob> => {
  const file = join(CACHE_DIR, `${templateKey()}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    // Not built yet (or removed meanwhile): build it below.
  }
  const blob = await buildTemplate();
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename: parallel workers building at once each publish a complete file, never a partial one.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
  renameSync(partial, file);
  removeStaleTemplates(file);
  return blob;
};

const buildTemplate = async (): Promise<Blob> => {
  const pglite = await PGlite.create({ parsers: VALUE_PARSERS });
  const kysely = new Kysely<DatabaseSchema>({ dialect: new PGliteDialect({ pglite }) });
  try {
    await migrateToLatest(kysely);
    return await pglite.dumpDataDir('none');
  } finally {
    await kysely.destroy();
  }
};

const templateKey = (): string => {
  const hash = createHash('sha256');
  hash.update(pgliteVersion());
  const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));
  for (const name of readdirSync(migrationsDir).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    hash.update(name).update(readFileSync(join(migrationsDir, name)));
  }
  return hash.digest('hex').slice(0, 16);
};

const pgliteVersion = (): string => {
  const require = createRequire(import.meta.url);
  // The package's exports map hides package.json; walk up from its entry point instead.
  let dir = dirname(require.resolve('@electric-sql/pglite'));
  for (let depth = 0; depth < 4; depth += 1) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (typeof manifest === 'object' && manifest !== null && 'version' in manifest)
        return String(manifest.version);
    } catch {
      // no package.json at this level
    }
    dir = dirname(dir);
  }
  return 'unknown';
};

// Old templates (earlier schemas) pile up at 40 MB each; anything untouched for a day goes.
const removeStaleTemplates = (keep: string): void => {
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (path === keep) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) unlinkSync(path);
    } catch {
      // another worker removed it first
    }
  }
};

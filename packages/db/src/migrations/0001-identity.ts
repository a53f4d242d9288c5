import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// People, the users who sign in, and their sessions. E-mail addresses are stored lower-case so that the unique
// constraints compare them case-insensitively (citext is not available on every server).
export const identityMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table people (
        id uuid primary key default gen_random_uuid(),
        name text not null check (btrim(name) <> ''),
        email text unique check (email = lower(email)),
        created_at timestamptz not null default now()
      )`,
      `create table users (
        id uuid primary key default gen_random_uuid(),
        email text not null unique check (email = lower(email)),
        password_hash text not null,
        person_id uuid not null unique references people (id),
        is_admin boolean not null default false,
        created_at timestamptz not null default now()
      )`,
      // The primary key is the SHA-256 (hex) of the session token: a leaked table cannot be replayed as cookies.
      `create table sessions (
        id text primary key check (id ~ '^[0-9a-f]{64}$'),
        user_id uuid not null references users (id) on delete cascade,
        csrf_token text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      )`,
      `create index sessions_user_id_idx on sessions (user_id)`,
      `create index sessions_expires_at_idx on sessions (expires_at)`,
    ]),
  down: (db) => runStatements(db, ['drop table sessions', 'drop table users', 'drop table people']),
};

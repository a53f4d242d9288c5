import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// Calendar subscriptions: calendar apps cannot send a session cookie, so a member makes a link with a secret
// token in it. Only the token's SHA-256 is stored (like sessions): a leaked row cannot be replayed as a URL.
// A revoked feed is kept (revoked_at) rather than deleted, so the list of what was shared stays complete. One
// live feed per person, production and scope: making a new one (a "reset link") revokes the old first.
export const calendarFeedsMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table calendar_feeds (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        person_id uuid not null references people (id) on delete cascade,
        scope text not null check (scope in ('production', 'person')),
        token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      )`,
      `create unique index calendar_feeds_live_key on calendar_feeds (production_id, person_id, scope)
        where revoked_at is null`,
      `create index calendar_feeds_person_id_idx on calendar_feeds (person_id)`,
    ]),
  down: (db) => runStatements(db, ['drop table calendar_feeds']),
};

import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// Call sheets.
//
// `call_sheets` keeps what the production office enters for a shoot day (calls, weather, locations,
// hospital, notes) as one jsonb document, read and written whole, with a `version` moved by every save so two
// people preparing the same day cannot overwrite each other. The rest of a sheet is built from the schedule.
//
// Each issue is a row of `call_sheet_publications`: the built sheet frozen as it went out and the sentences of
// what changed since the previous issue; `revision` 1 is the first issue, 2 the first revision. Who it was
// sent to are `call_sheet_recipients`, by name and email as they were then (a person may leave the team),
// with the SHA-256 of their confirmation link's token (never the token: a leaked row cannot confirm for
// anyone), when the email went or why it did not, and when they confirmed.
export const callSheetsMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table call_sheets (
        production_id uuid not null references productions (id) on delete cascade,
        shoot_date date not null,
        details jsonb not null,
        version integer not null default 1 check (version >= 1),
        updated_at timestamptz not null default now(),
        updated_by uuid references people (id) on delete set null,
        primary key (production_id, shoot_date)
      )`,
      `create table call_sheet_publications (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        shoot_date date not null,
        revision integer not null check (revision >= 1),
        sheet jsonb not null,
        changes jsonb not null default '[]',
        published_by uuid references people (id) on delete set null,
        published_at timestamptz not null,
        constraint call_sheet_publications_revision_key unique (production_id, shoot_date, revision)
      )`,
      `create table call_sheet_recipients (
        id uuid primary key default gen_random_uuid(),
        publication_id uuid not null references call_sheet_publications (id) on delete cascade,
        person_id uuid references people (id) on delete set null,
        name text not null,
        email text not null,
        token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
        sent_at timestamptz,
        send_error text,
        confirmed_at timestamptz
      )`,
      `create index call_sheet_recipients_publication_id_idx on call_sheet_recipients (publication_id)`,
      `create index call_sheet_recipients_person_id_idx on call_sheet_recipients (person_id)`,
    ]),
  down: (db) =>
    runStatements(db, [
      'drop table call_sheet_recipients',
      'drop table call_sheet_publications',
      'drop table call_sheets',
    ]),
};

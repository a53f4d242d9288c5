import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// Who may do what on a production (the matrix), authority lent for a period (delegations), and requests waiting
// for someone with enough authority (approval requests). Money is bigint minor units.
export const authorityMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      // version counts saves: a save names the version it edited, so concurrent edits cannot overwrite each other.
      `create table authority_matrices (
        production_id uuid primary key references productions (id) on delete cascade,
        matrix jsonb not null check (jsonb_typeof(matrix) = 'object'),
        version integer not null check (version > 0),
        updated_at timestamptz not null default now()
      )`,
      `create table delegations (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        from_person_id uuid not null references people (id),
        to_person_id uuid not null references people (id),
        actions jsonb not null check (jsonb_typeof(actions) = 'array'),
        starts_on date not null,
        ends_on date not null,
        limit_minor bigint check (limit_minor >= 0),
        revoked_at timestamptz,
        created_at timestamptz not null default now(),
        constraint delegations_period_check check (ends_on >= starts_on),
        constraint delegations_not_to_self check (from_person_id <> to_person_id)
      )`,
      `create index delegations_production_id_idx on delegations (production_id)`,
      `create table approval_requests (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        action text not null,
        requested_by uuid not null references people (id),
        amount_minor bigint,
        department text,
        summary text not null,
        payload jsonb not null default '{}',
        status text not null default 'pending'
          check (status in ('pending', 'approved', 'rejected', 'withdrawn')),
        routed_to jsonb not null default '[]' check (jsonb_typeof(routed_to) = 'array'),
        level integer not null default 0 check (level >= 0),
        created_at timestamptz not null default now(),
        decided_at timestamptz,
        decided_by uuid references people (id),
        decision_reason text,
        constraint approval_requests_decided_check check ((status = 'pending') = (decided_at is null))
      )`,
      // The inbox (pending by production) and the production's request list, newest first.
      `create index approval_requests_production_status_idx
        on approval_requests (production_id, status, created_at)`,
    ]),
  down: (db) =>
    runStatements(db, [
      'drop table approval_requests',
      'drop table delegations',
      'drop table authority_matrices',
    ]),
};

import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// Money the production commits to spend; one waiting on approval points at its approval request.
export const expendituresMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table expenditures (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        description text not null check (btrim(description) <> ''),
        vendor text,
        department text,
        amount_minor bigint not null check (amount_minor >= 0),
        status text not null check (status in ('committed', 'pending-approval', 'rejected', 'withdrawn')),
        requested_by uuid not null references people (id),
        -- Deferred: an expenditure is written just before the approval request that it waits on, in one transaction.
        approval_request_id uuid unique references approval_requests (id) deferrable initially deferred,
        created_at timestamptz not null default now()
      )`,
      `create index expenditures_production_id_idx on expenditures (production_id, created_at)`,
    ]),
  down: (db) => runStatements(db, ['drop table expenditures']),
};

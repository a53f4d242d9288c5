import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// The schedule: a production's shoot calendar and scheduling rules, its stripboards (the shooting board per
// unit and any number of what-if boards; strips kept in board order as one document, saved whole with a
// version so two people reordering at once cannot silently overwrite each other), and what the optimizer
// needs to know about the cast (a daily rate) and who a cast member is (a person on the production).
export const scheduleMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table schedule_settings (
        production_id uuid primary key references productions (id) on delete cascade,
        calendar jsonb not null,
        max_eighths_per_day integer not null check (max_eighths_per_day >= 1),
        company_move_cost_minor bigint not null default 0 check (company_move_cost_minor >= 0),
        drop_pickup_after_days integer check (drop_pickup_after_days >= 0),
        scene_order jsonb not null default '[]',
        cast_availability jsonb not null default '[]',
        location_availability jsonb not null default '[]',
        version integer not null default 1
      )`,
      `create table stripboards (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        name text not null check (btrim(name) <> ''),
        kind text not null check (kind in ('shooting', 'what-if')),
        unit text not null check (unit in ('main', 'second')),
        locked boolean not null default false,
        strips jsonb not null,
        version integer not null default 1,
        created_by uuid references people (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`,
      `create unique index stripboards_shooting_key on stripboards (production_id, unit) where kind = 'shooting'`,
      `create index stripboards_production_id_idx on stripboards (production_id, created_at)`,
      `alter table breakdown_elements add column daily_rate_minor bigint check (daily_rate_minor >= 0)`,
      `alter table breakdown_elements add column person_id uuid references people (id) on delete set null`,
    ]),
  down: (db) =>
    runStatements(db, [
      'alter table breakdown_elements drop column person_id',
      'alter table breakdown_elements drop column daily_rate_minor',
      'drop table stripboards',
      'drop table schedule_settings',
    ]),
};

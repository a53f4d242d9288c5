import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// Productions and who holds which role on them. Roles and departments are checked by the domain, not here:
// those lists grow, and a CHECK would turn each new role into a migration.
export const productionsMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table productions (
        id uuid primary key default gen_random_uuid(),
        title text not null check (btrim(title) <> ''),
        kind text not null
          check (kind in ('feature-film', 'series', 'short', 'commercial', 'documentary', 'other')),
        currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
        time_zone text not null,
        stage text not null default 'development'
          check (stage in ('development', 'pre-production', 'production', 'post-production', 'distribution',
                           'completed', 'cancelled')),
        seasons jsonb not null default '[]' check (jsonb_typeof(seasons) = 'array'),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`,
      // A reporting line stays inside one production: the composite key makes (production_id, reports_to)
      // point at an assignment of the same production. Deleting the superior clears only reports_to
      // (column list on SET NULL: PostgreSQL 15+).
      `create table assignments (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        person_id uuid not null references people (id),
        role text not null,
        department text,
        reports_to uuid,
        created_at timestamptz not null default now(),
        constraint assignments_production_id_id_key unique (production_id, id),
        constraint assignments_not_self_reporting check (reports_to <> id),
        constraint assignments_reports_to_fkey foreign key (production_id, reports_to)
          references assignments (production_id, id) on delete set null (reports_to)
      )`,
      // One person holds a role once per department; NULL departments must collide too, hence the expression.
      `create unique index assignments_role_key
        on assignments (production_id, person_id, role, coalesce(department, ''))`,
      `create index assignments_person_id_idx on assignments (person_id)`,
      `create index assignments_reports_to_idx on assignments (reports_to)`,
    ]),
  down: (db) => runStatements(db, ['drop table assignments', 'drop table productions']),
};

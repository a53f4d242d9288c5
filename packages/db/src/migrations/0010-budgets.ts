import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// Budgets and the financing plan.
//
// A production has one or more budgets (the production budget is `main`: the one the greenlight gate and the
// financing gap read); each budget has numbered versions moving draft → submitted → approved → locked. A
// version keeps its setup (rates, globals, fringes, accounts, percentage items) as one jsonb document, since it
// is read and written whole, and its detail lines one row each, so a budget of 10,000 lines loads in one
// query, is written in batches, and an edit of one line updates one row. `revision` counts every change to a
// version's content: writers name the revision they started from, so two people editing at once cannot
// silently overwrite each other. The grand total and line count are kept on the version for lists.
//
// Financing sources are rows of the production's plan (terms, conditions and drawdowns as jsonb: read and
// written whole); the planned spending by week, against which the drawdowns make the cash flow, is one row per
// production. Greenlight overrides need no table: they are decisions, and the audit log records them.
export const budgetsMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table budgets (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        name text not null check (btrim(name) <> ''),
        template_id text,
        main boolean not null default false,
        created_by uuid references people (id) on delete set null,
        created_at timestamptz not null default now()
      )`,
      `create unique index budgets_main_key on budgets (production_id) where main`,
      `create unique index budgets_name_key on budgets (production_id, lower(name))`,
      `create table budget_versions (
        id uuid primary key default gen_random_uuid(),
        budget_id uuid not null references budgets (id) on delete cascade,
        number integer not null check (number >= 1),
        name text not null check (btrim(name) <> ''),
        status text not null check (status in ('draft', 'submitted', 'approved', 'locked')),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        setup jsonb not null,
        account_departments jsonb not null default '{}',
        revision integer not null default 1,
        line_count integer not null default 0,
        grand_total_minor bigint not null default 0,
        revision_of uuid references budget_versions (id) on delete set null,
        created_by uuid references people (id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        submitted_by uuid references people (id) on delete set null,
        submitted_at timestamptz,
        approved_by uuid references people (id) on delete set null,
        approved_at timestamptz,
        locked_at timestamptz,
        unique (budget_id, number)
      )`,
      // At most one budget in force per budget: approving a revision locks the version it replaces.
      `create unique index budget_versions_approved_key on budget_versions (budget_id)
        where status = 'approved'`,
      `create table budget_lines (
        version_id uuid not null references budget_versions (id) on delete cascade,
        line_id text not null check (line_id <> ''),
        position integer not null,
        account_number text not null,
        description text not null,
        quantity bigint,
        global_name text,
        unit text not null,
        multiplier bigint not null,
        rate_minor bigint not null,
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        fringe_ids jsonb not null default '[]',
        schedule_link jsonb,
        primary key (version_id, line_id),
        check ((quantity is null) <> (global_name is null))
      )`,
      `create index budget_lines_position_idx on budget_lines (version_id, position)`,
      `create table financing_sources (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        name text not null check (btrim(name) <> ''),
        counterparty text,
        kind text not null check (kind in ('studio', 'equity', 'bank-loan', 'gap-loan', 'tax-incentive',
          'grant', 'pre-sale', 'co-production', 'deferment', 'producer-funds')),
        status text not null check (status in ('prospect', 'in-negotiation', 'term-sheet', 'committed',
          'closed', 'drawn', 'withdrawn')),
        amount_minor bigint not null check (amount_minor >= 0),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        terms jsonb not null,
        recoupment_rank integer check (recoupment_rank >= 1),
        conditions jsonb not null default '[]',
        drawdowns jsonb not null default '[]',
        version integer not null default 1,
        created_by uuid references people (id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`,
      `create index financing_sources_production_id_idx on financing_sources (production_id, created_at)`,
      `create table financing_plans (
        production_id uuid primary key references productions (id) on delete cascade,
        planned_spending jsonb not null default '[]',
        first_week date,
        version integer not null default 1,
        updated_at timestamptz not null default now()
      )`,
    ]),
  down: (db) =>
    runStatements(db, [
      'drop table financing_plans',
      'drop table financing_sources',
      'drop table budget_lines',
      'drop table budget_versions',
      'drop table budgets',
    ]),
};

import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// Timecards.
//
// `labour_deals`: one per person on a production: the agreement (id and contract year) their time is paid
// under, the rate (hourly, or a day rate with the minutes it guarantees), the department whose head signs
// their cards, their title and the budget account their pay posts to; `version` moved by every save.
//
// `timecards`: one person's workweek, with its approval `status`, a `version` moved by every write (of two
// signatures of one step at once, one is stored) and a `submission` counting the times it was sent for
// approval: a return starts a new submission, so the signatures of an earlier one stay as history. The last
// return (who, when, why) is on the card until it is signed again; `approved_pay` keeps the pay as the
// last signature approved it (the engine's result), so a later change of the deal never changes it. `timecard_days` are its days (a day off
// has no row), meal times as minutes after the call date's midnight, like call and wrap.
//
// `labour_actuals`: the pay of an approved card per budget account and work date, written in the same
// transaction as the production accountant's signature; the cost report reads them as actuals.
export const timecardsMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table labour_deals (
        production_id uuid not null references productions (id) on delete cascade,
        person_id uuid not null references people (id) on delete cascade,
        agreement_id text not null,
        agreement_year integer not null,
        rate_kind text not null check (rate_kind in ('hourly', 'daily')),
        rate_minor bigint not null check (rate_minor >= 0),
        guaranteed_minutes integer check (guaranteed_minutes between 1 and 1440),
        currency text not null,
        department text,
        title text not null default '',
        account_number text not null,
        version integer not null default 1 check (version >= 1),
        updated_at timestamptz not null default now(),
        updated_by uuid references people (id) on delete set null,
        primary key (production_id, person_id),
        check ((rate_kind = 'daily') = (guaranteed_minutes is not null))
      )`,
      `create table timecards (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        person_id uuid not null references people (id) on delete cascade,
        week_start date not null,
        status text not null default 'draft' check (status in ('draft', 'in-approval', 'approved')),
        version integer not null default 1 check (version >= 1),
        submission integer not null default 1 check (submission >= 1),
        returned_by uuid references people (id) on delete set null,
        returned_at timestamptz,
        return_reason text,
        approved_pay jsonb,
        updated_at timestamptz not null default now(),
        updated_by uuid references people (id) on delete set null,
        constraint timecards_person_week_key unique (production_id, person_id, week_start)
      )`,
      `create index timecards_week_idx on timecards (production_id, week_start)`,
      `create table timecard_days (
        timecard_id uuid not null references timecards (id) on delete cascade,
        work_date date not null,
        kind text not null check (kind in ('work', 'travel', 'holiday', 'idle')),
        call_minute integer,
        meal1_out integer,
        meal1_in integer,
        meal2_out integer,
        meal2_in integer,
        wrap_minute integer,
        primary key (timecard_id, work_date),
        check ((meal1_out is null) = (meal1_in is null)),
        check ((meal2_out is null) = (meal2_in is null)),
        check (meal2_out is null or meal1_out is not null)
      )`,
      `create table timecard_signatures (
        timecard_id uuid not null references timecards (id) on delete cascade,
        submission integer not null,
        step text not null,
        person_id uuid not null references people (id),
        role text,
        signed_at timestamptz not null,
        primary key (timecard_id, submission, step)
      )`,
      `create table labour_actuals (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        timecard_id uuid not null references timecards (id) on delete cascade,
        person_id uuid not null references people (id),
        week_start date not null,
        account_number text not null,
        work_date date not null,
        amount_minor bigint not null,
        currency text not null,
        posted_at timestamptz not null,
        constraint labour_actuals_card_key unique (timecard_id, account_number, work_date)
      )`,
      `create index labour_actuals_production_idx on labour_actuals (production_id, work_date)`,
    ]),
  down: (db) =>
    runStatements(db, [
      'drop table labour_actuals',
      'drop table timecard_signatures',
      'drop table timecard_days',
      'drop table timecards',
      'drop table labour_deals',
    ]),
};

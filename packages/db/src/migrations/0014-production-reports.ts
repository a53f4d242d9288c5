import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// Daily production reports.
//
// One row per report of a shoot day: `revision` 1 is the day's first report, 2 its first correction, and so
// on; the latest is the current one. What was entered (scenes shot, times, counts, delays, incidents, notes)
// is one jsonb document read and written whole, with a `version` moved by every write (and carried on into a
// correction) so two people filling the same day cannot overwrite each other. Once signed, the report as it
// was signed is frozen in `signed_report` and the row is never written again: the check below holds the
// signature and the frozen report together.
export const productionReportsMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table production_reports (
        production_id uuid not null references productions (id) on delete cascade,
        shoot_date date not null,
        revision integer not null check (revision >= 1),
        entry jsonb not null,
        status text not null default 'draft' check (status in ('draft', 'submitted', 'signed')),
        version integer not null default 1 check (version >= 1),
        updated_at timestamptz not null,
        updated_by uuid references people (id) on delete set null,
        submitted_at timestamptz,
        submitted_by uuid references people (id) on delete set null,
        signed_at timestamptz,
        signed_by uuid references people (id) on delete set null,
        signed_report jsonb,
        primary key (production_id, shoot_date, revision),
        constraint production_reports_signed_check check (
          (status = 'signed') = (signed_at is not null and signed_report is not null)
        )
      )`,
    ]),
  down: (db) => runStatements(db, ['drop table production_reports']),
};

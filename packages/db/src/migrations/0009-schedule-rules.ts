import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// More scheduling rules: scenes that must share a shoot day, a limit on a day's shooting time with the first
// AD's per-scene estimates, and the usual crew call (calendar feeds and, later, call sheets start from it).
export const scheduleRulesMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `alter table schedule_settings add column same_day jsonb not null default '[]'`,
      `alter table schedule_settings add column max_minutes_per_day integer
        check (max_minutes_per_day between 1 and 1440)`,
      `alter table schedule_settings add column scene_minutes jsonb not null default '{}'`,
      `alter table schedule_settings add column crew_call text
        check (crew_call ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`,
    ]),
  down: (db) =>
    runStatements(db, [
      'alter table schedule_settings drop column crew_call',
      'alter table schedule_settings drop column scene_minutes',
      'alter table schedule_settings drop column max_minutes_per_day',
      'alter table schedule_settings drop column same_day',
    ]),
};

import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// The record of every decision. Append-only, enforced by the database itself: triggers refuse UPDATE, DELETE
// and TRUNCATE, so no code path (or hand-typed SQL) can rewrite history short of dropping the triggers.
// No foreign keys: the record must outlive what it mentions, and a cascade would try to delete from it.
export const auditLogMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table audit_log (
        sequence bigserial primary key,
        production_id uuid,
        at timestamptz not null,
        actor_person_id uuid,
        action text not null,
        outcome text not null,
        rule text not null,
        amount_minor bigint,
        approval_request_id uuid,
        details jsonb not null default '{}'
      )`,
      `create index audit_log_production_sequence_idx on audit_log (production_id, sequence)`,
      `create function audit_log_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % is not allowed', tg_op
          using errcode = 'restrict_violation',
                hint = 'Record a correcting entry instead of changing or removing one.';
      end;
      $$`,
      `create trigger audit_log_refuse_update_delete
        before update or delete on audit_log
        for each row execute function audit_log_refuse_change()`,
      `create trigger audit_log_refuse_truncate
        before truncate on audit_log
        for each statement execute function audit_log_refuse_change()`,
    ]),
  down: (db) =>
    runStatements(db, ['drop table audit_log', 'drop function audit_log_refuse_change()']),
};

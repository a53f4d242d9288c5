import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// The cost ledger kept in the database (issue 6: the first cost report a process builds must not load every
// spending document).
//
// The ledger is a sum over groups of documents (a purchase order with the invoices billed against it; any
// other document alone), so each group's share is stored and every write replaces the share of the group it
// touched, in the same transaction. `cost_ledger_groups`: a group's account steps as jsonb (what to take back
// out when it changes). `cost_ledger_totals`: the steps of every group added up per account and day, so that
// a report as of a date sums the days up to it. `cost_ledger_orders`: each purchase order's position and
// the days it holds over. `cost_ledger_problems`: documents the ledger could not count, and when.
// `cost_ledger_state`: one row per production whose ledger is kept: the currency and rate table it was worked
// out with, and the documents' count and version sum it matches (a report checks both and recomputes when
// either moved). `cost_report_budgets`: what the report needs of a budget version (its accounts' top-sheet
// totals, its percentage items, its rates) at one revision, so that a report does not load and work out
// 10,000 lines; a version's content at a revision never changes, so a kept one is right or not found.
export const costLedgerTotalsMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table cost_ledger_state (
        production_id uuid primary key references productions (id) on delete cascade,
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        exchange_rates jsonb not null,
        document_count integer not null check (document_count >= 0),
        version_sum bigint not null check (version_sum >= 0)
      )`,
      `create table cost_ledger_groups (
        group_id uuid primary key references spending_documents (id) on delete cascade,
        production_id uuid not null references productions (id) on delete cascade,
        steps jsonb not null
      )`,
      `create index cost_ledger_groups_production_idx on cost_ledger_groups (production_id)`,
      `create table cost_ledger_totals (
        production_id uuid not null references productions (id) on delete cascade,
        account_number text not null,
        date date not null,
        actuals_minor bigint not null,
        commitments_minor bigint not null,
        postings integer not null,
        primary key (production_id, account_number, date)
      )`,
      `create table cost_ledger_orders (
        purchase_order_id uuid not null references spending_documents (id) on delete cascade,
        production_id uuid not null references productions (id) on delete cascade,
        valid_from date not null,
        valid_until date,
        number text not null,
        currency text not null,
        amount_minor bigint not null,
        invoiced_minor bigint not null,
        liquidated_minor bigint not null,
        open_minor bigint not null,
        overrun_minor bigint not null,
        primary key (purchase_order_id, valid_from)
      )`,
      `create index cost_ledger_orders_production_idx on cost_ledger_orders (production_id, valid_from)`,
      `create table cost_ledger_problems (
        group_id uuid not null references spending_documents (id) on delete cascade,
        production_id uuid not null references productions (id) on delete cascade,
        valid_from date not null,
        valid_until date,
        document_id uuid not null,
        code text not null,
        message text not null
      )`,
      `create index cost_ledger_problems_group_idx on cost_ledger_problems (group_id)`,
      `create index cost_ledger_problems_production_idx on cost_ledger_problems (production_id)`,
      `create table cost_report_budgets (
        version_id uuid primary key references budget_versions (id) on delete cascade,
        revision integer not null,
        budget jsonb not null
      )`,
    ]),
  down: (db) =>
    runStatements(db, [
      'drop table cost_report_budgets',
      'drop table cost_ledger_problems',
      'drop table cost_ledger_orders',
      'drop table cost_ledger_totals',
      'drop table cost_ledger_groups',
      'drop table cost_ledger_state',
    ]),
};

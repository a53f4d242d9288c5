import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// Cost control (issue 6).
//
// `vendors`: whom a production pays. `spending_documents`: purchase orders, invoices, check requests, petty
// cash envelopes and card transactions, with `version` moved by every write (approvals compare-and-set on it,
// so of two approvals at once only one counts) and `submission` counting submissions (sign-offs belong to the
// current one). Their coding lines are `spending_document_lines` (amount in the document's currency, an
// invoice line's relief of a purchase-order line beside it). `spending_approvals` are the sign-offs.
// `cost_estimates`: entered estimates to complete per account or percentage item. `cost_reports`: issued
// weekly reports, kept as the domain's snapshot for the next report's change column. `cost_overages`:
// overages accepted under `budget.approve-overage` (written when the action is allowed or its request approved).
export const costControlMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table vendors (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        name text not null check (btrim(name) <> ''),
        kind text not null,
        tax_id text,
        contact text not null default '',
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        w9_on_file boolean,
        reportable_1099 boolean,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint vendors_name_key unique (production_id, name)
      )`,
      `create table spending_documents (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        kind text not null check (kind in ('purchase-order', 'invoice', 'check-request', 'petty-cash', 'card-transaction')),
        number text not null check (btrim(number) <> ''),
        vendor_id uuid references vendors (id),
        date date not null,
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        description text not null default '',
        purchase_order_id uuid references spending_documents (id),
        status text not null check (status in ('draft', 'submitted', 'approved', 'committed', 'partly-liquidated', 'closed', 'paid', 'void')),
        requested_by uuid not null references people (id),
        submission integer not null default 0 check (submission >= 0),
        version integer not null default 1 check (version >= 1),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`,
      // A vendor's invoice numbers are theirs: two vendors may both send "1001".
      `create unique index spending_documents_number_key on spending_documents
        (production_id, kind, coalesce(vendor_id, '00000000-0000-0000-0000-000000000000'::uuid), number)`,
      `create index spending_documents_production_date_idx on spending_documents (production_id, date)`,
      `create index spending_documents_purchase_order_idx on spending_documents (purchase_order_id)`,
      `create table spending_document_lines (
        document_id uuid not null references spending_documents (id) on delete cascade,
        line_id text not null check (line_id <> ''),
        position integer not null,
        account_number text not null,
        episode text,
        set_name text,
        description text not null default '',
        amount_minor bigint not null check (amount_minor > 0),
        relieves_line_id text,
        relieves_minor bigint check (relieves_minor > 0),
        check ((relieves_line_id is null) = (relieves_minor is null)),
        primary key (document_id, line_id)
      )`,
      `create table spending_approvals (
        document_id uuid not null references spending_documents (id) on delete cascade,
        submission integer not null,
        person_id uuid not null references people (id),
        at timestamptz not null,
        basis jsonb not null,
        covers boolean not null,
        primary key (document_id, submission, person_id)
      )`,
      `create table cost_estimates (
        production_id uuid not null references productions (id) on delete cascade,
        target text not null check (target in ('account', 'item')),
        key text not null,
        amount_minor bigint not null check (amount_minor >= 0),
        entered_by uuid references people (id) on delete set null,
        entered_at timestamptz not null,
        primary key (production_id, target, key)
      )`,
      `create table cost_reports (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        as_of date not null,
        snapshot jsonb not null,
        issued_by uuid references people (id) on delete set null,
        issued_at timestamptz not null,
        constraint cost_reports_as_of_key unique (production_id, as_of)
      )`,
      `create table cost_overages (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null references productions (id) on delete cascade,
        account_number text not null,
        amount_minor bigint not null check (amount_minor > 0),
        reason text not null default '',
        requested_by uuid references people (id) on delete set null,
        approved_at timestamptz not null
      )`,
      `create index cost_overages_production_idx on cost_overages (production_id)`,
    ]),
  down: (db) =>
    runStatements(db, [
      'drop table cost_overages',
      'drop table cost_reports',
      'drop table cost_estimates',
      'drop table spending_approvals',
      'drop table spending_document_lines',
      'drop table spending_documents',
      'drop table vendors',
    ]),
};

import {
  costLedgerFromTotals,
  costLedgerGroupShare,
  currencyCode,
  DomainError,
  spendingGroupOf,
  type CalendarDate,
  type CostLedger,
  type CostLedgerBasis,
  type CostLedgerGroupShare,
  type CostLedgerProblemCode,
  type ExchangeRate,
  type MinorUnits,
  type ProductionId,
  type SpendingDocument,
  type SpendingDocumentId,
} from '@greenlight/domain';
import { sql } from 'kysely';
import type { DbExecutor } from '../database-schema.js';
import { isUuid, toJsonText, toOneOf } from './row-values.js';
import type { SpendingDocumentReads } from './spending-document-reads.js';

// The cost ledger kept in the database (migration 0013): each group's share (the domain's
// `costLedgerGroupShare`), and its account steps added up per account and day. Writers lock the production's
// row of `cost_ledger_state` before they touch a document, so the writes of one production take their turns
// and each reads its group as the previous one left it; then they replace the share of the groups they
// touched and add the difference to the totals.

type PackedStep = [
  accountNumber: string,
  date: string,
  actuals: number,
  commitments: number,
  postings: number,
];

const PROBLEM_CODES: readonly CostLedgerProblemCode[] = [
  'missing-exchange-rate',
  'too-large',
  'unknown-purchase-order-line',
];
const CHUNK = 10_000;

const toExchangeRates = (value: unknown): ExchangeRate[] => {
  if (!Array.isArray(value)) {
    throw new DomainError('internal', 'The kept cost ledger has no rate table in the database');
  }
  return value.map((r: { currency?: unknown; perUnitMicros?: unknown }) => {
    if (typeof r.currency !== 'string' || typeof r.perUnitMicros !== 'number') {
      throw new DomainError('internal', 'A rate of the kept cost ledger is not a rate');
    }
    return { currency: currencyCode(r.currency), perUnitMicros: r.perUnitMicros };
  });
};

const stepKey = (accountNumber: string, date: string): string => `${accountNumber}\u0000${date}`;

/** Adds (sign 1) or takes out (sign -1) steps into per account and day sums. */
const addSteps = (
  into: Map<string, PackedStep>,
  steps: readonly PackedStep[],
  sign: 1 | -1,
): void => {
  for (const [accountNumber, date, actuals, commitments, postings] of steps) {
    const key = stepKey(accountNumber, date);
    const sum = into.get(key);
    if (sum === undefined) {
      into.set(key, [accountNumber, date, sign * actuals, sign * commitments, sign * postings]);
    } else {
      sum[2] += sign * actuals;
      sum[3] += sign * commitments;
      sum[4] += sign * postings;
    }
  }
};

const packSteps = (share: CostLedgerGroupShare): PackedStep[] =>
  share.steps.map((s) => [s.accountNumber, s.date, s.actuals, s.commitments, s.postings]);

type Share = { readonly root: string; readonly share: CostLedgerGroupShare };

const sharesOf = (
  roots: readonly string[],
  documents: readonly SpendingDocument[],
  basis: CostLedgerBasis,
): Share[] => {
  const byGroup = new Map<string, SpendingDocument[]>(roots.map((r) => [r, []]));
  for (const document of documents) {
    const group = spendingGroupOf(document);
    let list = byGroup.get(group);
    if (list === undefined) {
      list = [];
      byGroup.set(group, list);
    }
    list.push(document);
  }
  return [...byGroup].map(([root, list]) => ({ root, share: costLedgerGroupShare(list, basis) }));
};

export const createCostLedgerStore = (db: DbExecutor, reads: SpendingDocumentReads) => {
  const inChunks = async <T>(rows: readonly T[], insert: (json: string) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += CHUNK) await insert(toJsonText(rows.slice(i, i + CHUNK)));
  };

  // The shares' groups, purchase-order stretches and problems (the groups' old ones already removed).
  const insertShares = async (productionId: ProductionId, shares: readonly Share[]) => {
    const groups = shares
      .filter((s) => s.share.steps.length > 0)
      .map((s) => ({ group_id: s.root, steps: packSteps(s.share) }));
    await inChunks(groups, (json) =>
      sql`insert into cost_ledger_groups (group_id, production_id, steps)
        select group_id, ${productionId}::uuid, steps
        from json_to_recordset(${json}::json) as x(group_id uuid, steps jsonb)`.execute(db),
    );
    const orders = shares.flatMap((s) =>
      s.share.purchaseOrders.map((p) => ({
        purchase_order_id: p.value.purchaseOrderId,
        valid_from: p.validFrom,
        valid_until: p.validUntil,
        number: p.value.number,
        currency: p.value.currency,
        amount_minor: p.value.amount,
        invoiced_minor: p.value.invoiced,
        liquidated_minor: p.value.liquidated,
        open_minor: p.value.open,
        overrun_minor: p.value.overrun,
      })),
    );
    await inChunks(orders, (json) =>
      sql`insert into cost_ledger_orders (purchase_order_id, production_id, valid_from, valid_until, number,
          currency, amount_minor, invoiced_minor, liquidated_minor, open_minor, overrun_minor)
        select purchase_order_id, ${productionId}::uuid, valid_from, valid_until, number, currency, amount_minor,
          invoiced_minor, liquidated_minor, open_minor, overrun_minor
        from json_to_recordset(${json}::json) as x(purchase_order_id uuid, valid_from date, valid_until date,
          number text, currency text, amount_minor bigint, invoiced_minor bigint, liquidated_minor bigint,
          open_minor bigint, overrun_minor bigint)`.execute(db),
    );
    const problems = shares.flatMap((s) =>
      s.share.problems.map((p) => ({
        group_id: s.root,
        valid_from: p.validFrom,
        valid_until: p.validUntil,
        document_id: p.value.documentId,
        code: p.value.code,
        message: p.value.message,
      })),
    );
    await inChunks(problems, (json) =>
      sql`insert into cost_ledger_problems (group_id, production_id, valid_from, valid_until, document_id, code,
          message)
        select group_id, ${productionId}::uuid, valid_from, valid_until, document_id, code, message
        from json_to_recordset(${json}::json) as x(group_id uuid, valid_from date, valid_until date,
          document_id uuid, code text, message text)`.execute(db),
    );
  };

  // Adds per account and day differences to the totals; rows that come to nothing are removed.
  const addToTotals = async (productionId: ProductionId, sums: Iterable<PackedStep>) => {
    const rows = [...sums].filter((s) => s[2] !== 0 || s[3] !== 0 || s[4] !== 0);
    await inChunks(rows, async (json) => {
      await sql`insert into cost_ledger_totals (production_id, account_number, date, actuals_minor,
          commitments_minor, postings)
        select ${productionId}::uuid, x->>0, (x->>1)::date, (x->>2)::int8, (x->>3)::int8, (x->>4)::int
        from json_array_elements(${json}::json) as x
        on conflict (production_id, account_number, date) do update set
          actuals_minor = cost_ledger_totals.actuals_minor + excluded.actuals_minor,
          commitments_minor = cost_ledger_totals.commitments_minor + excluded.commitments_minor,
          postings = cost_ledger_totals.postings + excluded.postings`.execute(db);
      await sql`delete from cost_ledger_totals t
        using json_array_elements(${json}::json) as x
        where t.production_id = ${productionId}::uuid and t.account_number = x->>0 and t.date = (x->>1)::date
          and t.actuals_minor = 0 and t.commitments_minor = 0 and t.postings = 0`.execute(db);
    });
  };

  return {
    /**
     * Before a write to a document of the production (or to `documentId`): locks the kept ledger's row and
     * answers what it was worked out with; null when none is kept (the next report builds it).
     */
    lock: async (
      of: { readonly productionId: string } | { readonly documentId: string },
    ): Promise<(CostLedgerBasis & { readonly productionId: ProductionId }) | null> => {
      const id = 'productionId' in of ? of.productionId : of.documentId;
      if (!isUuid(id)) return null;
      const production =
        'productionId' in of
          ? sql`${of.productionId}::uuid`
          : sql`(select production_id from spending_documents where id = ${of.documentId}::uuid)`;
      const { rows } = await sql<{
        production_id: string;
        currency: string;
        exchange_rates: unknown;
      }>`
        select production_id, currency, exchange_rates from cost_ledger_state
        where production_id = ${production} for update`.execute(db);
      const row = rows[0];
      if (row === undefined) return null;
      return {
        productionId: row.production_id as ProductionId,
        currency: currencyCode(row.currency),
        exchangeRates: toExchangeRates(row.exchange_rates),
      };
    },

    /**
     * After a write (under `lock`): works out the shares of `groups` again from their documents, replaces
     * them and adds the difference to the totals; `moved` is how the documents' count and version sum moved.
     */
    refresh: async (
      productionId: ProductionId,
      groups: readonly string[],
      basis: CostLedgerBasis,
      moved: { readonly documents: number; readonly versions: number },
    ): Promise<void> => {
      const roots = [...new Set(groups)];
      const stored = await reads.listStored(productionId, { groups: roots }, 'date');
      const shares = sharesOf(
        roots,
        stored.map((s) => s.document),
        basis,
      );
      const old = await db
        .selectFrom('cost_ledger_groups')
        .select('steps')
        .where('group_id', 'in', roots)
        .where('production_id', '=', productionId)
        .execute();
      const difference = new Map<string, PackedStep>();
      for (const row of old) addSteps(difference, row.steps as PackedStep[], -1);
      for (const s of shares) addSteps(difference, packSteps(s.share), 1);
      await db
        .deleteFrom('cost_ledger_groups')
        .where('group_id', 'in', roots)
        .where('production_id', '=', productionId)
        .execute();
      await db
        .deleteFrom('cost_ledger_orders')
        .where('purchase_order_id', 'in', roots)
        .where('production_id', '=', productionId)
        .execute();
      await db
        .deleteFrom('cost_ledger_problems')
        .where('group_id', 'in', roots)
        .where('production_id', '=', productionId)
        .execute();
      await insertShares(productionId, shares);
      await addToTotals(productionId, difference.values());
      await db
        .updateTable('cost_ledger_state')
        .set((eb) => ({
          document_count: eb('document_count', '+', moved.documents),
          version_sum: eb('version_sum', '+', moved.versions),
        }))
        .where('production_id', '=', productionId)
        .execute();
    },

    /**
     * Works the production's ledger out from all its documents and keeps it, for `basis`. Run it in a
     * transaction: it locks the production's row first, so writers wait for it.
     */
    rebuild: async (productionId: ProductionId, basis: CostLedgerBasis): Promise<void> => {
      if (!isUuid(productionId)) return;
      const rates = toJsonText(basis.exchangeRates);
      await sql`insert into cost_ledger_state (production_id, currency, exchange_rates, document_count, version_sum)
        values (${productionId}::uuid, ${basis.currency}, ${rates}::jsonb, 0, 0)
        on conflict (production_id) do nothing`.execute(db);
      await sql`select 1 from cost_ledger_state where production_id = ${productionId}::uuid for update`.execute(
        db,
      );
      for (const table of [
        'cost_ledger_groups',
        'cost_ledger_totals',
        'cost_ledger_orders',
        'cost_ledger_problems',
      ] as const) {
        await db.deleteFrom(table).where('production_id', '=', productionId).execute();
      }
      const stored = await reads.listStored(productionId, {}, 'date');
      const shares = sharesOf(
        [],
        stored.map((s) => s.document),
        basis,
      );
      await insertShares(productionId, shares);
      const totals = new Map<string, PackedStep>();
      for (const s of shares) addSteps(totals, packSteps(s.share), 1);
      await addToTotals(productionId, totals.values());
      let versions = 0;
      for (const s of stored) versions += s.version;
      await db
        .updateTable('cost_ledger_state')
        .set({
          currency: basis.currency,
          exchange_rates: rates,
          document_count: stored.length,
          version_sum: versions,
        })
        .where('production_id', '=', productionId)
        .execute();
    },

    /** Forgets the kept ledger (after writes that bypass it, such as a bulk load): the next report rebuilds it. */
    forget: async (productionId: ProductionId): Promise<void> => {
      await db.deleteFrom('cost_ledger_state').where('production_id', '=', productionId).execute();
    },

    /**
     * The ledger as of `asOf` from the kept totals, in one statement; null when none is kept for `basis`, or
     * when the documents' count or version sum is not the one it was kept for (a write went around it).
     */
    ledgerAsOf: async (
      productionId: ProductionId,
      basis: CostLedgerBasis,
      asOf: CalendarDate,
    ): Promise<CostLedger | null> => {
      if (!isUuid(productionId)) return null;
      const { rows } = await sql<{
        fresh: boolean;
        accounts: string | null;
        orders: string | null;
        problems: string | null;
      }>`
        with f as (
          select count(*)::int as count, coalesce(sum(version), 0)::int8 as version_sum
          from spending_documents where production_id = ${productionId}::uuid
        ), k as (
          select coalesce(s.document_count = f.count and s.version_sum = f.version_sum, false) as fresh
          from f left join cost_ledger_state s on s.production_id = ${productionId}::uuid
            and s.currency = ${basis.currency} and s.exchange_rates = ${toJsonText(basis.exchangeRates)}::jsonb
        )
        select k.fresh,
          case when k.fresh then (select json_agg(json_build_array(account_number, a, c, n))::text from (
            select account_number, sum(actuals_minor)::int8 as a, sum(commitments_minor)::int8 as c,
              sum(postings)::int8 as n
            from cost_ledger_totals where production_id = ${productionId}::uuid and date <= ${asOf}::date
            group by account_number) t) end as accounts,
          case when k.fresh then (select json_agg(json_build_array(purchase_order_id, number, currency,
              amount_minor, invoiced_minor, liquidated_minor, open_minor, overrun_minor))::text
            from cost_ledger_orders where production_id = ${productionId}::uuid and valid_from <= ${asOf}::date
              and (valid_until is null or valid_until > ${asOf}::date)) end as orders,
          case when k.fresh then (select json_agg(json_build_array(document_id, code, message))::text
            from cost_ledger_problems where production_id = ${productionId}::uuid
              and valid_from <= ${asOf}::date and (valid_until is null or valid_until > ${asOf}::date)) end as problems
        from k`.execute(db);
      const row = rows[0];
      if (row === undefined || !row.fresh) return null;
      const accounts = JSON.parse(row.accounts ?? '[]') as [string, number, number, number][];
      const orders = JSON.parse(row.orders ?? '[]') as [
        string,
        string,
        string,
        number,
        number,
        number,
        number,
        number,
      ][];
      const problems = JSON.parse(row.problems ?? '[]') as [string, string, string][];
      return costLedgerFromTotals({
        basis,
        asOf,
        accounts: accounts.map(([accountNumber, actuals, commitments, postings]) => ({
          accountNumber,
          actuals,
          commitments,
          postings,
        })),
        purchaseOrders: orders.map((o) => ({
          purchaseOrderId: o[0] as SpendingDocumentId,
          number: o[1],
          currency: currencyCode(o[2]),
          amount: o[3] as MinorUnits,
          invoiced: o[4] as MinorUnits,
          liquidated: o[5] as MinorUnits,
          open: o[6] as MinorUnits,
          overrun: o[7] as MinorUnits,
        })),
        problems: problems.map(([documentId, code, message]) => ({
          documentId: documentId as SpendingDocumentId,
          code: toOneOf(PROBLEM_CODES, code, 'cost ledger problem'),
          message,
        })),
      });
    },
  };
};

export type CostLedgerStore = ReturnType<typeof createCostLedgerStore>;

import { addDays } from '../schedule/calendar/date-arithmetic.js';
import { seededRandom, type SeededRandom } from '../schedule/solver/seeded-random.js';
import { calendarDate, type CalendarDate } from '../shared/calendar-date.js';
import type { PersonId, ProductionId, SpendingDocumentId, VendorId } from '../shared/ids.js';
import { currencyCode, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import type {
  CodingLine,
  SpendingDocument,
  SpendingDocumentKind,
  SpendingDocumentStatus,
} from '../cost/spending-document.js';
import { SCENARIO_PRODUCTION_ID } from './scenario-builder.js';

/** A coding line for tests, in minor units: `codingLine('l1', '3300', 50_000)`. */
export const codingLine = (
  id: string,
  accountNumber: string,
  amount: number,
  fields: {
    readonly liquidates?: { readonly line: string; readonly amount: number };
    readonly episode?: string;
    readonly set?: string;
    readonly description?: string;
  } = {},
): CodingLine => ({
  id,
  accountNumber,
  episode: fields.episode ?? null,
  set: fields.set ?? null,
  description: fields.description ?? id,
  amount: amount as MinorUnits,
  liquidates:
    fields.liquidates === undefined
      ? null
      : {
          purchaseOrderLineId: fields.liquidates.line,
          amount: fields.liquidates.amount as MinorUnits,
        },
});

/**
 * A spending document for tests with readable defaults: USD, dated 2 Mar 2026, requested by the scenario's
 * department head, from vendor `vendor-1`, numbered after its id. Statuses default to the counted one
 * (committed for a purchase order, approved for the others).
 */
export const spendingDocument = (
  id: string,
  kind: SpendingDocumentKind,
  lines: readonly CodingLine[],
  fields: {
    readonly status?: SpendingDocumentStatus;
    readonly purchaseOrderId?: string;
    readonly currency?: string;
    readonly date?: string;
    readonly requestedBy?: PersonId;
    readonly productionId?: ProductionId;
    readonly number?: string;
    readonly vendorId?: string | null;
  } = {},
): SpendingDocument => ({
  id: id as SpendingDocumentId,
  productionId: fields.productionId ?? SCENARIO_PRODUCTION_ID,
  kind,
  number: fields.number ?? id,
  vendorId: (fields.vendorId === undefined ? 'vendor-1' : fields.vendorId) as VendorId | null,
  date: calendarDate(fields.date ?? '2026-03-02'),
  currency: currencyCode(fields.currency ?? 'USD'),
  description: `${kind} ${id}`,
  lines,
  purchaseOrderId: (fields.purchaseOrderId ?? null) as SpendingDocumentId | null,
  status: fields.status ?? (kind === 'purchase-order' ? 'committed' : 'approved'),
  requestedBy: fields.requestedBy ?? ('person-department-head' as PersonId),
  approvals: [],
});

const USD = currencyCode('USD');
const EUR = currencyCode('EUR');
const FIRST_DAY: CalendarDate = calendarDate('2026-01-05');

const PO_STATUSES: readonly SpendingDocumentStatus[] = [
  'draft',
  'submitted',
  'committed',
  'committed',
  'partly-liquidated',
  'partly-liquidated',
  'closed',
  'void',
];
const SPEND_STATUSES: readonly SpendingDocumentStatus[] = [
  'draft',
  'submitted',
  'approved',
  'approved',
  'paid',
  'paid',
  'paid',
  'void',
];
const SPEND_KINDS: readonly SpendingDocumentKind[] = [
  'invoice',
  'invoice',
  'check-request',
  'petty-cash',
  'card-transaction',
];

const pick = <T>(random: SeededRandom, items: readonly T[]): T =>
  items[random.int(items.length)] as T;

export type RandomSpendingOptions = {
  /** One document in this many is in euros (the rest in dollars); 0 for none. Default 10. */
  readonly foreignEvery?: number;
  /** Documents are dated over this many days from 5 Jan 2026. Default 120. */
  readonly days?: number;
};

/**
 * `count` seeded spending documents coded to `accountNumbers`: about a fifth purchase orders of one to
 * four lines; invoices, half of them billed against an earlier purchase order and relieving some, all or
 * more than its lines (so some orders are overrun); check requests, envelopes and card transactions; every
 * status of each pipeline; a few in euros; a few lines with an episode and a set. The same seed gives the
 * same documents: for property tests (small counts) and the benchmark (100,000).
 */
export const randomSpendingDocuments = (
  seed: number,
  accountNumbers: readonly string[],
  count: number,
  options: RandomSpendingOptions = {},
): SpendingDocument[] => {
  const random = seededRandom(seed);
  const foreignEvery = options.foreignEvery ?? 10;
  const days = options.days ?? 120;
  const documents: SpendingDocument[] = [];
  const orders: SpendingDocument[] = [];
  const amount = (): number =>
    random.next() < 0.7 ? 1 + random.int(100_000) : 1 + random.int(5_000_000);
  // Every line and document is built by one literal with its keys in one order, as a repository would,
  // so the benchmark measures the engine rather than property lookups across many object shapes.
  const line = (id: string, fields: Partial<CodingLine> = {}): CodingLine => ({
    id,
    accountNumber: fields.accountNumber ?? pick(random, accountNumbers),
    episode: random.next() < 0.1 ? `10${1 + random.int(8)}` : null,
    set: random.next() < 0.1 ? `Set ${1 + random.int(20)}` : null,
    description: `Line ${id}`,
    amount: fields.amount ?? (amount() as MinorUnits),
    liquidates: fields.liquidates ?? null,
  });
  for (let i = 0; i < count; i += 1) {
    const id = `doc-${seed}-${i}` as SpendingDocumentId;
    const currency: CurrencyCode = foreignEvery > 0 && random.int(foreignEvery) === 0 ? EUR : USD;
    const date = addDays(FIRST_DAY, random.int(days));
    const vendorId = `vendor-${random.int(200)}` as VendorId;
    const document = (
      kind: SpendingDocumentKind,
      lines: readonly CodingLine[],
      status: SpendingDocumentStatus,
      order: SpendingDocument | null,
    ): SpendingDocument => ({
      id,
      productionId: SCENARIO_PRODUCTION_ID,
      kind,
      number: String(i + 1).padStart(5, '0'),
      vendorId: order === null ? vendorId : order.vendorId,
      date,
      currency: order === null ? currency : order.currency,
      description: `Document ${i + 1}`,
      lines,
      purchaseOrderId: order === null ? null : order.id,
      status,
      requestedBy: 'person-department-head' as PersonId,
      approvals: [],
    });
    if (random.next() < 0.2) {
      const lines = Array.from({ length: 1 + random.int(4) }, (_, n) => line(`l${n}`));
      const order = document('purchase-order', lines, pick(random, PO_STATUSES), null);
      documents.push(order);
      if (order.status !== 'draft' && order.status !== 'submitted' && order.status !== 'void') {
        orders.push(order);
      }
      continue;
    }
    const kind = pick(random, SPEND_KINDS);
    const order =
      kind === 'invoice' && orders.length > 0 && random.next() < 0.5 ? pick(random, orders) : null;
    let lines: CodingLine[];
    if (order === null) {
      lines = Array.from({ length: 1 + random.int(3) }, (_, n) => line(`l${n}`));
    } else {
      // Bill some of the order's lines: part of a line, all of it, or more than it (an overrun).
      lines = order.lines
        .filter(() => random.next() < 0.7)
        .map((poLine, n) => {
          const share = random.next();
          const billed = Math.max(
            1,
            share < 0.5
              ? Math.floor(poLine.amount * share)
              : share < 0.85
                ? poLine.amount
                : poLine.amount + 1 + random.int(50_000),
          );
          const relieved = Math.max(
            1,
            Math.min(billed, random.next() < 0.8 ? billed : poLine.amount),
          );
          return line(`l${n}`, {
            accountNumber: poLine.accountNumber,
            amount: billed as MinorUnits,
            liquidates: { purchaseOrderLineId: poLine.id, amount: relieved as MinorUnits },
          });
        });
      if (lines.length === 0) lines = [line('l0')];
    }
    documents.push(document(kind, lines, pick(random, SPEND_STATUSES), order));
  }
  return documents;
};

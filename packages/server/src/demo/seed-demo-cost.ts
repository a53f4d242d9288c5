import {
  addDays,
  DomainError,
  type CalendarDate,
  type ProductionId,
  type Role,
} from '@greenlight/domain';
import type { SaveSpendingDocumentRequest } from '@greenlight/contract';
import { issueCostReport, saveCostEstimates } from '../services/cost-report-service.js';
import { approveSpending, submitSpendingDocument } from '../services/spending-approval-service.js';
import {
  saveSpendingDocument,
  saveVendor,
  transitionSpendingDocument,
} from '../services/spending-service.js';
import { mustFind, readOnly, todayFor, type ServiceContext } from '../services/service-context.js';
import type { TakeActionResult } from '../services/take-action.js';

const idOf = (result: TakeActionResult, key: string): string => {
  const value =
    result.outcome === 'allowed' ? (result.result as Record<string, unknown>)[key] : undefined;
  if (typeof value !== 'string') throw new DomainError('internal', `The demo expected a ${key}`);
  return value;
};

/**
 * Cost control for the demo: vendors; a camera purchase order committed on the unit production manager's
 * signature and partly invoiced (the invoice paid); a location check request approved by the producer; a
 * petty cash envelope paid; a card transaction waiting in the inbox; the crane purchase order climbing to
 * the executive producer; last week's cost report issued, so the report has actuals, commitments and a
 * change column; and the accountant's estimates since then: camera over (a second camera for the harbour
 * week, with no overage approved yet) and art under (a set built on location instead of on stage). Dated in the days before today, through the same services and checks as the app.
 */
export const seedDemoCost = async (
  as: (role: Role) => ServiceContext,
  productionId: ProductionId,
): Promise<void> => {
  const pm = as('production-manager');
  const production = mustFind(await readOnly(pm.deps).productions.get(productionId), 'production');
  const today = todayFor(pm.deps, production);
  const day = (n: number): CalendarDate => addDays(today, -n);

  const vendor = async (name: string, kind: 'rental-house' | 'location' | 'company') =>
    idOf(
      await saveVendor(
        pm,
        productionId,
        {
          name,
          kind,
          taxId: null,
          contact: `accounts@${name.toLowerCase().replace(/\W+/g, '')}.example`,
        },
        null,
      ),
      'vendorId',
    );
  const camera = await vendor('Pacific Camera Rental', 'rental-house');
  const port = await vendor('Port of San Pedro', 'location');
  const cranes = await vendor('Crane Works', 'rental-house');
  await vendor('Harbour Catering', 'company');

  const versionOf = async (documentId: string): Promise<number> =>
    mustFind(await readOnly(pm.deps).cost.getDocument(productionId, documentId), 'document')
      .version;
  const enter = async (
    role: Role,
    body: Omit<SaveSpendingDocumentRequest, 'version'>,
    approvers: readonly Role[] = [],
  ): Promise<string> => {
    const id = idOf(await saveSpendingDocument(as(role), productionId, body, null), 'documentId');
    await submitSpendingDocument(as(role), productionId, id, await versionOf(id));
    for (const approver of approvers) {
      await approveSpending(as(approver), productionId, id, await versionOf(id));
    }
    return id;
  };
  const line = (id: string, accountNumber: string, description: string, dollars: number) => ({
    id,
    accountNumber,
    episode: null,
    set: null,
    description,
    amount: dollars * 100,
    liquidates: null,
  });

  const po = await enter(
    'department-head',
    {
      kind: 'purchase-order',
      number: 'PO 0001',
      vendorId: camera,
      date: day(12),
      description: 'Camera package, 6 weeks',
      purchaseOrderId: null,
      lines: [
        line('body', '3300', 'Camera bodies and support', 6_000),
        line('lenses', '3300', 'Anamorphic lens set', 2_500),
      ],
    },
    ['unit-production-manager'],
  );
  await enter(
    'line-producer',
    {
      kind: 'check-request',
      number: 'CR 0001',
      vendorId: port,
      date: day(10),
      description: 'Harbour office location fee',
      purchaseOrderId: null,
      lines: [line('fee', '3600', 'Location fee, breakwater and office', 18_000)],
    },
    ['producer'],
  );
  const envelope = await enter(
    'production-manager',
    {
      kind: 'petty-cash',
      number: 'PC 0001',
      vendorId: null,
      date: day(9),
      description: 'Office float, week 1',
      purchaseOrderId: null,
      lines: [
        line('supplies', '2100', 'Office supplies', 180),
        line('courier', '2100', 'Couriers', 240),
      ],
    },
    ['unit-production-manager'],
  );
  await transitionSpendingDocument(
    as('production-accountant'),
    productionId,
    envelope,
    'pay',
    await versionOf(envelope),
    (action) => action,
  );

  // Last week's report, before the invoice came in.
  await issueCostReport(as('production-accountant'), productionId, { asOf: day(7) });

  const invoice = await enter(
    'production-accountant',
    {
      kind: 'invoice',
      number: 'PCR-1187',
      vendorId: camera,
      date: day(3),
      description: 'Camera package, weeks 1–2',
      purchaseOrderId: po,
      lines: [
        {
          ...line('w1', '3300', 'Bodies and support, weeks 1–2', 2_000),
          liquidates: { purchaseOrderLineId: 'body', amount: 200_000 },
        },
        {
          ...line('w1-lenses', '3300', 'Lenses, weeks 1–2', 830),
          liquidates: { purchaseOrderLineId: 'lenses', amount: 83_000 },
        },
      ],
    },
    ['unit-production-manager'],
  );
  await transitionSpendingDocument(
    as('production-accountant'),
    productionId,
    invoice,
    'pay',
    await versionOf(invoice),
    (action) => action,
  );
  await enter('production-manager', {
    kind: 'card-transaction',
    number: 'CC 0001',
    vendorId: null,
    date: day(2),
    description: 'Crew breakfast, tech scout',
    purchaseOrderId: null,
    lines: [line('food', '2100', 'Breakfast for 14', 1_260)],
  });
  // Above the producer's own limit: it waits for sign-offs up the ladder, to the executive producer.
  await enter('producer', {
    kind: 'purchase-order',
    number: 'PO 0002',
    vendorId: cranes,
    date: day(1),
    description: 'Technocrane and remote head, 2 weeks',
    purchaseOrderId: null,
    lines: [line('crane', '2500', 'Technocrane 30 ft with remote head', 150_000)],
  });
  await saveCostEstimates(as('production-accountant'), productionId, {
    estimates: [
      { target: 'account', key: '3300', amount: 8_600_000 },
      { target: 'account', key: '2300', amount: 3_150_000 },
    ],
  });
};

import {
  approveSpendingDocument,
  calendarDate,
  currencyCode,
  instant,
  SPENDING_ACTION,
  type MinorUnits,
  type PersonId,
  type SpendingDocument,
  type SpendingDocumentId,
} from '@greenlight/domain';
import { randomUUID } from 'node:crypto';
import type { Database } from '../database.js';
import { seedAssignment, seedProduction } from '../testing/seed.js';
import { createRepositories } from './create-repositories.js';

/**
 * Two people whose limits both cover a submitted purchase order approve it at once, each in its own
 * transaction as the server does it: read, let the domain sign, store the sign-off, compare-and-set the
 * status on the version read. With `interleave`, both read before either writes (a barrier: PostgreSQL
 * only, since PGlite runs one transaction at a time). Returns how each ended and what was stored.
 */
export const raceTwoApprovals = async (database: Database, options: { interleave: boolean }) => {
  const repos = createRepositories(database.kysely);
  const production = await seedProduction(repos);
  const { person: head } = await seedAssignment(repos, production, 'department-head', {
    department: 'camera',
  });
  const { person: pm } = await seedAssignment(repos, production, 'production-manager');
  const { person: upm } = await seedAssignment(repos, production, 'unit-production-manager');
  const draft: SpendingDocument = {
    id: randomUUID() as SpendingDocumentId,
    productionId: production.id,
    kind: 'purchase-order',
    number: 'PO 0001',
    vendorId: null,
    date: calendarDate('2026-03-02'),
    currency: currencyCode('USD'),
    description: 'Camera package',
    lines: [
      {
        id: 'l1',
        accountNumber: '3300',
        episode: null,
        set: null,
        description: 'Camera package',
        amount: 500_000 as MinorUnits,
        liquidates: null,
      },
    ],
    purchaseOrderId: null,
    status: 'draft',
    requestedBy: head.id,
    approvals: [],
  };
  const created = await repos.cost.createDocument(draft);
  await repos.cost.setStatus(draft.id, 'submitted', created.version, { newSubmission: true });

  let arrived = 0;
  let release: () => void = () => undefined;
  const bothRead = new Promise<void>((resolve) => {
    release = resolve;
  });
  const approveAs = (personId: PersonId) =>
    database.transaction(async (tx) => {
      const r = createRepositories(tx);
      const snapshot = await r.loadAuthoritySnapshot(production.id);
      const stored = await r.cost.getDocument(production.id, draft.id);
      if (snapshot === null || stored === null) throw new Error('not found');
      if (options.interleave) {
        arrived += 1;
        if (arrived === 2) release();
        await bothRead;
      }
      const signed = approveSpendingDocument(
        snapshot,
        stored.document,
        {
          action: SPENDING_ACTION,
          amount: 500_000 as MinorUnits,
          department: 'camera',
          requestedBy: head.id,
        },
        personId,
        { now: instant('2026-03-02T18:00:00.000Z'), today: calendarDate('2026-03-02') },
      );
      if (!signed.ok) throw signed.error;
      await r.cost.addApproval(draft.id, stored.submission, signed.value.approval);
      await r.cost.setStatus(draft.id, signed.value.document.status, stored.version);
      return signed.value.outcome;
    });
  const outcomes = await Promise.allSettled([approveAs(pm.id), approveAs(upm.id)]);
  const stored = await repos.cost.getDocument(production.id, draft.id);
  return { outcomes, stored };
};

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApprovalSubject } from '../authority/eligible-to-approve.js';
import { TEMPLATE_ACCOUNT_DEPARTMENTS } from '../budget/template-account-departments.js';
import type { PersonId } from '../shared/ids.js';
import { scenario, type Scenario, type Who } from '../testing/scenario-builder.js';
import { codingLine, spendingDocument } from '../testing/spending-documents.js';
import { approveSpendingDocument } from './approve-spending-document.js';
import { routeSpendingApproval } from './route-spending-approval.js';
import { spendingApprovalSubject, spendingDepartment } from './spending-approval-subject.js';
import type { SpendingDocument } from './spending-document.js';

const s = scenario().build();

const submitted = (
  sc: Scenario,
  requester: Who,
  major: number,
  accounts: readonly string[] = ['3300'],
): { document: SpendingDocument; subject: ApprovalSubject } => {
  const total = sc.money(major);
  const share = Math.floor(total / accounts.length);
  const document = spendingDocument(
    'po-1',
    'purchase-order',
    accounts.map((account, i) =>
      codingLine(`l${i}`, account, i === 0 ? total - share * (accounts.length - 1) : share),
    ),
    { status: 'submitted', number: 'PO 0042', requestedBy: sc.personOf(requester) },
  );
  const subject = spendingApprovalSubject(document, {
    currency: sc.snapshot.currency,
    exchangeRates: [],
    accountDepartments: TEMPLATE_ACCOUNT_DEPARTMENTS,
  });
  if (!subject.ok) throw subject.error;
  return { document, subject: subject.value };
};

const route = (sc: Scenario, document: SpendingDocument, subject: ApprovalSubject) =>
  routeSpendingApproval(sc.snapshot, subject, document.approvals, sc.today);

const sign = (sc: Scenario, document: SpendingDocument, subject: ApprovalSubject, who: Who) =>
  approveSpendingDocument(sc.snapshot, document, subject, sc.personOf(who), {
    now: sc.now,
    today: sc.today,
  });

const mustSign = (sc: Scenario, document: SpendingDocument, subject: ApprovalSubject, who: Who) => {
  const result = sign(sc, document, subject, who);
  if (!result.ok) throw result.error;
  return result.value;
};

const people = (sc: Scenario, ...who: readonly Who[]): PersonId[] => who.map((w) => sc.personOf(w));

describe('spending approvals within signing limits', () => {
  it('sends a small camera purchase order to the camera department head, who approves it', () => {
    const { document, subject } = submitted(s, 'crew', 500);
    expect(subject.department).toBe('camera');
    expect(route(s, document, subject)).toEqual({
      state: 'pending',
      nextApprovers: people(s, 'department-head'),
      reason: '$500.00 waits for the department head (Camera)',
    });
    const signed = mustSign(s, document, subject, 'department-head');
    expect(signed.outcome).toBe('approved');
    expect(signed.document.status).toBe('committed');
    expect(signed.route).toEqual({ state: 'approved', approvedBy: s.personOf('department-head') });
    expect(signed.event).toMatchObject({
      action: 'expenditure.commit',
      outcome: 'approved',
      rule: 'Department head (Camera) may approve requests to commit an expenditure up to $1,000.00',
      amount: 50_000,
    });
  });

  it('escalates a sign-off above the signer’s limit, rung by rung, until a limit covers it', () => {
    const { document, subject } = submitted(s, 'department-head', 30_000);
    expect(route(s, document, subject)).toMatchObject({
      nextApprovers: people(s, 'unit-production-manager', 'line-producer', 'production-manager'),
    });
    const byManager = mustSign(s, document, subject, 'production-manager');
    expect(byManager.outcome).toBe('escalated');
    expect(byManager.document.status).toBe('submitted');
    expect(byManager.event.outcome).toBe('escalated');
    expect(byManager.event.rule).toBe(
      "$30,000.00 is above the production manager's signing limit of $10,000.00: signed and sent on; $30,000.00 waits for the unit production manager or the line producer",
    );
    const byLine = mustSign(s, byManager.document, subject, 'line-producer');
    expect(byLine.route).toMatchObject({ nextApprovers: people(s, 'unit-production-manager') });
    const byUnit = mustSign(s, byLine.document, subject, 'unit-production-manager');
    expect(byUnit.outcome).toBe('approved');
    expect(byUnit.document.status).toBe('committed');
    expect(byUnit.document.approvals.map((a) => [a.basis.role, a.covers])).toEqual([
      ['production-manager', false],
      ['line-producer', false],
      ['unit-production-manager', true],
    ]);
  });

  it('climbs to the producer and then the executive producer for a large order', () => {
    const { document, subject } = submitted(s, 'department-head', 200_000);
    const byUnit = mustSign(s, document, subject, 'unit-production-manager');
    // The co-producer and senior producer sign for less than the unit production manager already did.
    expect(byUnit.route).toMatchObject({ nextApprovers: people(s, 'producer') });
    const byProducer = mustSign(s, byUnit.document, subject, 'producer');
    expect(byProducer.route).toEqual({
      state: 'pending',
      nextApprovers: people(s, 'executive-producer'),
      reason: '$200,000.00 waits for the executive producer',
    });
    expect(mustSign(s, byProducer.document, subject, 'executive-producer').outcome).toBe(
      'approved',
    );
  });

  it('lets anyone whose limit covers it approve at once, but not someone it is not routed to below their limit', () => {
    const { document, subject } = submitted(s, 'department-head', 30_000);
    expect(mustSign(s, document, subject, 'producer').document.status).toBe('committed');
    const byLine = mustSign(s, document, subject, 'line-producer');
    const late = sign(s, byLine.document, subject, 'production-manager');
    expect(!late.ok && [late.error.code, late.error.message]).toEqual([
      'forbidden',
      "$30,000.00 is above the production manager's signing limit of $10,000.00; $30,000.00 waits for the unit production manager",
    ]);
  });

  it('refuses self-approval, a second sign-off by the same person and strangers to the document', () => {
    const { document, subject } = submitted(s, 'production-manager', 5_000);
    const own = sign(s, document, subject, 'production-manager');
    expect(!own.ok && [own.error.code, own.error.message]).toEqual([
      'forbidden',
      'Nobody may approve their own document',
    ]);
    // The manager's own limit covers it, but another person must sign: the unit production manager or line producer.
    expect(route(s, document, subject)).toMatchObject({
      nextApprovers: people(s, 'unit-production-manager', 'line-producer'),
    });
    const big = submitted(s, 'crew', 30_000);
    const once = mustSign(s, big.document, big.subject, 'department-head');
    const twice = sign(s, once.document, big.subject, 'department-head');
    expect(!twice.ok && twice.error.code).toBe('conflict');
    const cast = sign(s, document, subject, 'cast');
    expect(!cast.ok && cast.error.code).toBe('forbidden');
  });

  it('lets only one of two approvals at once count: the second finds the document already committed', () => {
    const { document, subject } = submitted(s, 'department-head', 5_000);
    const first = mustSign(s, document, subject, 'production-manager');
    const second = sign(s, first.document, subject, 'unit-production-manager');
    expect(!second.ok && [second.error.code, second.error.message]).toEqual([
      'conflict',
      'Purchase order PO 0042 is committed: it is not waiting for approval',
    ]);
  });

  it('skips the department head for a document coded across departments', () => {
    const { document, subject } = submitted(s, 'crew', 500, ['3300', '3400']);
    expect(subject.department).toBeNull();
    expect(route(s, document, subject)).toMatchObject({
      nextApprovers: people(s, 'unit-production-manager', 'line-producer', 'production-manager'),
    });
    const byHead = sign(s, document, subject, 'department-head');
    expect(!byHead.ok && byHead.error.code).toBe('forbidden');
  });

  it('sends the executive producer’s own order to the most senior who covers it, or says nobody can', () => {
    const small = submitted(s, 'executive-producer', 5_000);
    expect(route(s, small.document, small.subject)).toMatchObject({
      nextApprovers: people(s, 'producer', 'co-producer', 'senior-producer'),
    });
    const large = submitted(s, 'executive-producer', 500_000);
    expect(route(s, large.document, large.subject)).toEqual({
      state: 'no-approver',
      reason: 'Nobody on the production who has not signed yet may approve $500,000.00',
    });
  });

  it('always ends approved after at most one sign-off per rung, each signer above the last', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3_000_000 }),
        fc.constantFrom<Who>('crew', 'department-head', 'production-accountant', 'director'),
        (major, requester) => {
          const { subject } = submitted(s, requester, major);
          let { document } = submitted(s, requester, major);
          let limit = -1;
          for (let step = 0; step < 6; step += 1) {
            const at = route(s, document, subject);
            if (at.state !== 'pending') break;
            const next = at.nextApprovers[0];
            if (next === undefined) break;
            const signed = approveSpendingDocument(s.snapshot, document, subject, next, {
              now: s.now,
              today: s.today,
            });
            if (!signed.ok) throw signed.error;
            const signerLimit = signed.value.approval.basis.limit ?? Number.MAX_SAFE_INTEGER;
            expect(signerLimit).toBeGreaterThan(limit);
            expect(signed.value.approval.covers).toBe(signerLimit >= (subject.amount ?? 0));
            limit = signerLimit;
            document = signed.value.document;
          }
          expect(document.status).toBe('committed');
          expect(document.approvals.some((a) => a.personId === document.requestedBy)).toBe(false);
        },
      ),
    );
  });
});

describe('spendingDepartment', () => {
  it('is the one department of every line, else none', () => {
    const lines = (...accounts: string[]) => ({
      lines: accounts.map((a, i) => codingLine(`l${i}`, a, 1)),
    });
    expect(spendingDepartment(lines('3300', '3700'), TEMPLATE_ACCOUNT_DEPARTMENTS)).toBe('camera');
    expect(spendingDepartment(lines('3300', '1100'), TEMPLATE_ACCOUNT_DEPARTMENTS)).toBeNull();
    expect(spendingDepartment(lines('3300', '3400'), TEMPLATE_ACCOUNT_DEPARTMENTS)).toBeNull();
  });
});

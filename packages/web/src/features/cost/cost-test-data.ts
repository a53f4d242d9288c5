import type { CostReportDto, SpendingDocumentDto } from '@greenlight/contract';
import { TEST_USER } from '../../testing/fake-api';

// Small, hand-checked cost data for the Cost tab's component tests.

const figures = (budget: number, actuals: number, commitments: number, etc: number) => ({
  budget,
  actualsToDate: actuals,
  commitments,
  estimateToComplete: etc,
  estimatedFinalCost: actuals + commitments + etc,
  variance: budget - (actuals + commitments + etc),
  changeSinceLastReport: null,
});

const camera = {
  accountNumber: '3300',
  name: 'Camera',
  section: 'below-the-line' as const,
  estimateSource: 'default' as const,
  overBudget: false,
  ...figures(1_000_000, 283_000, 567_000, 150_000),
};
const locations = {
  accountNumber: '3600',
  name: 'Locations',
  section: 'below-the-line' as const,
  estimateSource: 'entered' as const,
  overBudget: true,
  ...figures(1_000_000, 1_800_000, 0, 0),
};
const director = {
  accountNumber: '1400',
  name: 'Director',
  section: 'above-the-line' as const,
  estimateSource: 'default' as const,
  overBudget: false,
  ...figures(2_000_000, 0, 0, 2_000_000),
};

export const COST_REPORT: CostReportDto = {
  currency: 'USD',
  asOf: '2026-03-02',
  previousAsOf: null,
  budgetVersionId: '00000000-0000-4000-8000-0000000000b1',
  sections: [
    {
      section: 'above-the-line',
      label: 'Above the line',
      rows: [director],
      totals: figures(2_000_000, 0, 0, 2_000_000),
    },
    {
      section: 'below-the-line',
      label: 'Below the line',
      rows: [camera, locations],
      totals: figures(2_000_000, 2_083_000, 567_000, 150_000),
    },
  ],
  unbudgeted: { rows: [], totals: figures(0, 0, 0, 0) },
  subtotal: figures(4_000_000, 2_083_000, 567_000, 2_150_000),
  items: [],
  grandTotal: figures(4_000_000, 2_083_000, 567_000, 2_150_000),
  purchaseOrders: [],
  problems: [],
  overages: [
    {
      accountNumber: '3600',
      name: 'Locations',
      overage: 800_000,
      approved: 0,
      uncovered: 800_000,
      covered: false,
    },
  ],
};

export const PEOPLE = {
  ursula: '00000000-0000-4000-8000-0000000000c1',
  priya: '00000000-0000-4000-8000-0000000000c2',
};

export const TEAM = {
  members: [
    { person: { id: PEOPLE.ursula, name: 'Ursula Grant' } },
    { person: { id: PEOPLE.priya, name: 'Priya Natarajan' } },
    { person: { id: TEST_USER.personId, name: TEST_USER.name } },
  ],
};

/** A submitted purchase order for $15,000 on camera, entered by `requestedBy`. */
export const purchaseOrder = (
  requestedBy: string,
  over: Partial<SpendingDocumentDto> = {},
): SpendingDocumentDto => ({
  id: '00000000-0000-4000-8000-0000000000d1',
  kind: 'purchase-order',
  number: 'PO 0003',
  vendorId: '00000000-0000-4000-8000-0000000000e1',
  vendorName: 'Crane Works',
  date: '2026-03-01',
  currency: 'USD',
  description: 'Dolly and track',
  purchaseOrderId: null,
  status: 'submitted',
  requestedBy,
  requestedByName: requestedBy === TEST_USER.personId ? TEST_USER.name : 'Priya Natarajan',
  amount: 1_500_000,
  lines: [
    {
      id: 'line-1',
      accountNumber: '3300',
      episode: null,
      set: null,
      description: 'Dolly',
      amount: 1_500_000,
      liquidates: null,
    },
  ],
  version: 3,
  approvals: [],
  route: { state: 'pending', nextApprovers: [PEOPLE.ursula], reason: 'Above $10,000.00' },
  transitions: ['withdraw', 'return', 'approve', 'void'],
  ...over,
});

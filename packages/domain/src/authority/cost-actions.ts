import type { ActionDef } from './action-definition.js';

// Spending documents and the cost report, apart from action-catalog.ts for its length; spread into its catalog.
// Submitting a document commits money, which is `expenditure.commit` (in the catalog) with its signing limits.
export const COST_ACTIONS = [
  {
    id: 'spending.enter',
    area: 'expenditures',
    label: 'Enter spending documents',
    description:
      'Keep the vendor list and enter, edit and withdraw purchase orders, invoices, check requests, petty cash envelopes and card transactions (submitting one is committing it: expenditure.commit).',
    decisionArea: 'financial',
  },
  {
    id: 'spending.pay',
    area: 'expenditures',
    label: 'Record payments',
    description: 'Mark approved invoices, check requests, envelopes and card transactions paid.',
    decisionArea: 'financial',
  },
  {
    id: 'spending.void',
    area: 'expenditures',
    label: 'Void documents and close purchase orders',
    description:
      'Void a spending document, close a purchase order (releasing what is left of it) or reopen one.',
    decisionArea: 'financial',
  },
  {
    id: 'cost-report.issue',
    area: 'expenditures',
    label: 'Keep the cost report',
    description: 'Enter estimates to complete and issue the weekly cost report.',
    decisionArea: 'financial',
  },
] as const satisfies readonly ActionDef[];

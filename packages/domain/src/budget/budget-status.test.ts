import { describe, expect, it } from 'vitest';
import {
  BUDGET_STATUSES,
  BUDGET_TRANSITION_ACTIONS,
  budgetStatusAfter,
  budgetTransitions,
  canEditBudget,
  type BudgetTransition,
} from './budget-status.js';
import {
  approvedVersion,
  startBudgetRevision,
  transitionBudgetVersion,
  type BudgetVersion,
} from './budget-version.js';

const TRANSITIONS: readonly BudgetTransition[] = [
  'submit',
  'withdraw',
  'return',
  'approve',
  'supersede',
];

describe('budget statuses', () => {
  it('allows exactly these transitions (status × transition → status, or refused)', () => {
    const table = Object.fromEntries(
      BUDGET_STATUSES.map((status) => [
        status,
        Object.fromEntries(
          TRANSITIONS.map((t) => {
            const after = budgetStatusAfter(status, t);
            return [t, after.ok ? after.value : '—'];
          }),
        ),
      ]),
    );
    expect(table).toEqual({
      draft: { submit: 'submitted', withdraw: '—', return: '—', approve: '—', supersede: '—' },
      submitted: {
        submit: '—',
        withdraw: 'draft',
        return: 'draft',
        approve: 'approved',
        supersede: '—',
      },
      approved: { submit: '—', withdraw: '—', return: '—', approve: '—', supersede: 'locked' },
      locked: { submit: '—', withdraw: '—', return: '—', approve: '—', supersede: '—' },
    });
    expect(BUDGET_STATUSES.filter(canEditBudget)).toEqual(['draft']);
    expect(budgetTransitions('locked')).toEqual([]);
  });

  it('says why a transition is refused', () => {
    const refused = budgetStatusAfter('approved', 'submit');
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'A budget that is approved cannot be submitted; it can be superseded',
      },
    });
    expect(budgetStatusAfter('locked', 'approve')).toMatchObject({
      error: { message: 'A budget that is locked cannot be approved; it never changes again' },
    });
  });

  it('maps preparing to building the budget and deciding to approving it', () => {
    expect(BUDGET_TRANSITION_ACTIONS).toEqual({
      submit: 'budget.edit-top-sheet',
      withdraw: 'budget.edit-top-sheet',
      return: 'budget.approve',
      approve: 'budget.approve',
      supersede: 'budget.approve',
    });
  });
});

describe('budget versions', () => {
  const v1: BudgetVersion = {
    id: 'v1',
    number: 1,
    name: 'Shooting budget',
    status: 'approved',
    revisionOf: null,
  };

  it('changes an approved budget only through a revision that is approved again, locking the old one', () => {
    const revision = startBudgetRevision([v1], 'v1', { id: 'v2', name: 'Revision 1' });
    expect(revision).toEqual({
      ok: true,
      value: { id: 'v2', number: 2, name: 'Revision 1', status: 'draft', revisionOf: 'v1' },
    });
    if (!revision.ok) return;
    let versions: BudgetVersion[] = [v1, revision.value];
    const submitted = transitionBudgetVersion(versions, 'v2', 'submit');
    if (!submitted.ok) throw submitted.error;
    versions = [v1, submitted.value.version];
    expect(approvedVersion(versions)?.id).toBe('v1');
    const approved = transitionBudgetVersion(versions, 'v2', 'approve');
    expect(approved).toEqual({
      ok: true,
      value: {
        version: { ...revision.value, status: 'approved' },
        superseded: { ...v1, status: 'locked' },
      },
    });
  });

  it('refuses to revise anything but the approved budget, and to supersede by hand', () => {
    const draft: BudgetVersion = { ...v1, id: 'v2', number: 2, status: 'draft' };
    expect(startBudgetRevision([v1, draft], 'v2', { id: 'v3', name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(startBudgetRevision([v1], 'v1', { id: 'v1', name: 'x' })).toMatchObject({ ok: false });
    expect(startBudgetRevision([v1], 'nope', { id: 'v9', name: 'x' })).toMatchObject({
      error: { code: 'not-found' },
    });
    expect(transitionBudgetVersion([v1], 'v1', 'supersede')).toMatchObject({
      error: { code: 'conflict' },
    });
    expect(transitionBudgetVersion([v1], 'v1', 'submit')).toMatchObject({
      error: { code: 'conflict' },
    });
  });
});

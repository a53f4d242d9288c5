import { describe, expect, it } from 'vitest';
import type { PersonId } from '../shared/ids.js';
import { hourlyUsd, workDay } from '../testing/timecard-builders.js';
import { computeTimecard, type ComputedTimecard } from './compute-timecard.js';
import { CALIFORNIA_WAGE_ORDER_12, SAG_AFTRA_PERFORMERS } from './default-labour-agreements.js';
import { postLabourActuals } from './post-labour-actuals.js';
import type { TimecardApproval } from './timecard-approval.js';

const approved: TimecardApproval = { status: 'approved', signatures: [], returned: null };

const card = (agreement = CALIFORNIA_WAGE_ORDER_12, dollars = 40): ComputedTimecard => {
  const result = computeTimecard(
    agreement,
    [
      workDay(
        '2026-03-02',
        '07:00',
        [
          ['13:00', '13:30'],
          ['19:00', '19:30'],
        ],
        '22:00',
      ),
      workDay('2026-03-03', '07:00', [['14:10', '14:40']], '16:10'),
    ],
    hourlyUsd(dollars),
  );
  if (!result.ok) throw result.error;
  return result.value;
};

describe('postLabourActuals', () => {
  it('posts every line of approved cards to the person’s account by date, conserved to the minor unit', () => {
    const camera = card(CALIFORNIA_WAGE_ORDER_12, 47.37);
    const actor = card(SAG_AFTRA_PERFORMERS, 61.11);
    const result = postLabourActuals([
      { personId: 'p1' as PersonId, accountNumber: '3300', timecard: camera, approval: approved },
      {
        personId: 'p2' as PersonId,
        accountNumber: '1500',
        accountsByKind: { overtime: '1410', 'double-time': '1410' },
        timecard: actor,
        approval: approved,
      },
    ]);
    if (!result.ok) throw result.error;
    const actuals = result.value;
    expect(actuals.total).toBe(camera.amount + actor.amount);
    expect(actuals.byAccount.map((a) => a.accountNumber)).toEqual(['1410', '1500', '3300']);
    expect(actuals.byAccount.reduce((sum, a) => sum + a.amount, 0)).toBe(actuals.total);
    expect(actuals.entries.reduce((sum, e) => sum + e.amount, 0)).toBe(actuals.total);
    expect(actuals.byAccount.find((a) => a.accountNumber === '3300')?.amount).toBe(camera.amount);
    const overtime = actor.lines
      .filter((l) => l.kind === 'overtime' || l.kind === 'double-time')
      .reduce((sum, l) => sum + l.amount, 0);
    expect(actuals.byAccount.find((a) => a.accountNumber === '1410')?.amount).toBe(overtime);
    expect(actuals.entries.filter((e) => e.accountNumber === '3300').map((e) => e.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
    ]);
  });

  it('refuses a card that is not approved', () => {
    const result = postLabourActuals([
      {
        personId: 'p1' as PersonId,
        accountNumber: '3300',
        timecard: card(),
        approval: { status: 'in-approval', signatures: [], returned: null },
      },
    ]);
    expect(!result.ok && result.error.message).toBe(
      'The timecard of the week of 2026-03-01 is not approved; only approved labour is posted',
    );
  });

  it('posts nothing for no cards', () => {
    const result = postLabourActuals([]);
    expect(result.ok && result.value).toEqual({
      currency: null,
      entries: [],
      byAccount: [],
      total: 0,
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetLine } from '../testing/budget-builders.js';
import { randomBudget } from '../testing/random-budget.js';
import { SMALL_BUDGET } from '../testing/small-budget.js';
import type { Budget } from './budget.js';
import { computeBudget } from './compute-budget.js';
import type { ComputedBudget } from './computed-budget.js';
import { computedLines } from './computed-budget-lines.js';
import { scheduledQuantity, type ScheduleFacts } from './schedule-facts.js';
import { applyScheduleFeed, scheduleFeed, type ScheduleFeed } from './schedule-feed.js';

const compute = (budget: Budget): ComputedBudget => {
  const result = computeBudget(budget);
  if (!result.ok) throw result.error;
  return result.value;
};

const feed = (computed: ComputedBudget, facts: ScheduleFacts): ScheduleFeed => {
  const result = scheduleFeed(computed, facts);
  if (!result.ok) throw result.error;
  return result.value;
};

const BUDGET: Budget = {
  ...SMALL_BUDGET,
  lines: [
    ...SMALL_BUDGET.lines,
    budgetLine('lead-holds', '1500', {
      description: 'Lead actor, hold days',
      amount: 2,
      unit: 'days',
      rate: 200_000,
      link: { kind: 'cast-hold-days', castNumber: 1 },
    }),
    budgetLine('cameo', '1500', {
      description: 'Cameo',
      amount: 1,
      unit: 'days',
      rate: 500_000,
      link: { kind: 'cast-work-days', castNumber: 7 },
    }),
  ],
};

// The schedule the budget was made from: 20 shoot days, cast #1 works 20 and holds 2.
const SCHEDULE: ScheduleFacts = {
  shootDays: 20,
  castWorkDays: new Map([[1, 20]]),
  castHoldDays: new Map([[1, 2]]),
};

describe('scheduleFeed', () => {
  const computed = compute(BUDGET);

  it('changes nothing while the schedule is the one the budget was made from', () => {
    const result = feed(computed, SCHEDULE);
    expect(result.globals).toEqual([]);
    expect(result.lines).toEqual([]);
    expect(result.grandTotal.delta).toBe(0);
  });

  it('shows a shoot day added in the lines linked to shoot days and to cast work days, and only there', () => {
    const result = feed(computed, { ...SCHEDULE, shootDays: 21, castWorkDays: new Map([[1, 21]]) });
    expect(result.globals).toEqual([
      { name: 'SHOOT_DAYS', link: { kind: 'shoot-days' }, before: 20_000, after: 21_000 },
    ]);
    expect(
      result.lines.map((line) => [
        line.lineId,
        line.link?.kind ?? null,
        line.global,
        line.quantityBefore,
        line.quantityAfter,
        line.delta,
      ]),
    ).toEqual([
      // 1 day × $2,000 + payroll $153 + P&H $350 + H&W $45.
      ['lead', 'cast-work-days', null, 20_000, 21_000, 200_000 + 15_300 + 35_000 + 4_500],
      // Through CREW_DAYS → SHOOT_DAYS: $1,250 + payroll ($2,008.125 − $1,912.50 → $95.62) + H&W $45.
      ['dp', null, 'CREW_DAYS', 20_000, 21_000, 125_000 + 9_562 + 4_500],
    ]);
    expect(result.warnings).toEqual([
      {
        code: 'not-in-schedule',
        castNumber: 7,
        subject: 'cameo',
        message:
          'Line "Cameo" follows cast #7 work days, but cast #7 is not in the schedule; it is left as it is',
      },
    ]);
    // The new grand total is the budget's with the feed applied.
    const applied = compute(applyScheduleFeed(BUDGET, result));
    expect(result.grandTotal).toEqual({
      before: computed.grandTotal,
      after: applied.grandTotal,
      delta: applied.grandTotal - computed.grandTotal,
    });
    expect(applied.topSheet).toEqual(result.computed.topSheet);
  });

  it('applies only what the user selects', () => {
    const result = feed(computed, {
      ...SCHEDULE,
      shootDays: 21,
      castWorkDays: new Map([[1, 21]]),
      castHoldDays: new Map(),
    });
    const onlyLead = applyScheduleFeed(BUDGET, result, { globals: [], lineIds: ['lead'] });
    const lines = computedLines(compute(onlyLead));
    expect(lines.find((l) => l.line.id === 'lead')?.quantity).toBe(21_000);
    expect(lines.find((l) => l.line.id === 'lead-holds')?.quantity).toBe(2_000);
    expect(lines.find((l) => l.line.id === 'dp')?.quantity).toBe(20_000);
  });

  it('changes exactly the lines whose linked quantity the schedule moves (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.dictionary(fc.integer({ min: 1, max: 12 }).map(String), fc.integer({ min: 0, max: 40 })),
        (seed, shootDays, cast) => {
          const budget = randomBudget(seed, 120);
          const before = compute(budget);
          const castWorkDays = new Map(Object.entries(cast).map(([k, v]) => [Number(k), v]));
          const facts: ScheduleFacts = { shootDays, castWorkDays, castHoldDays: new Map() };
          const result = feed(before, facts);
          const shootGlobalMoves = budget.globals.some(
            (g) =>
              g.name === 'SHOOT_DAYS' &&
              g.value.kind === 'quantity' &&
              g.value.quantity !== shootDays * 1000,
          );
          const followsShootDays = new Set(['SHOOT_DAYS', 'CREW_DAYS', 'TRUCK_DAYS']);
          const expected = computedLines(before)
            .filter(({ line, quantity }) => {
              if (line.scheduleLink !== null) {
                const fed = scheduledQuantity(facts, line.scheduleLink);
                return fed !== null && fed !== quantity;
              }
              return (
                line.amount.kind === 'global' &&
                followsShootDays.has(line.amount.name) &&
                shootGlobalMoves
              );
            })
            .map(({ line }) => line.id);
          expect(result.lines.map((line) => line.lineId)).toEqual(expected);
          expect(result.grandTotal.after).toBe(
            compute(applyScheduleFeed(budget, result)).grandTotal,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

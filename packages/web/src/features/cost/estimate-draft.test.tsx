import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CostRowDto } from './cost-dto';
import { estimateChanges, estimateText } from './estimate-draft';

const row = (accountNumber: string, etc: number, source: 'entered' | 'default'): CostRowDto => ({
  accountNumber,
  name: `Account ${accountNumber}`,
  section: 'below-the-line',
  estimateSource: source,
  overBudget: false,
  budget: 1_000_000,
  actualsToDate: 0,
  commitments: 0,
  estimateToComplete: etc,
  estimatedFinalCost: etc,
  variance: 1_000_000 - etc,
  changeSinceLastReport: null,
});

describe('estimates to complete as typed', () => {
  const rows = [row('2100', 500_000, 'entered'), row('3300', 1_000_000, 'default')];

  it('sends only what changed; emptying an entered estimate returns it to the default', () => {
    expect(estimateChanges(rows, { '2100': '', '3300': '7,000' }, 'USD')).toEqual({
      ok: true,
      changes: [
        { target: 'account', key: '2100', amount: null },
        { target: 'account', key: '3300', amount: 700_000 },
      ],
    });
    expect(estimateChanges(rows, { '2100': '5000.00', '3300': '' }, 'USD')).toEqual({
      ok: true,
      changes: [],
    });
  });

  it('points at each malformed amount by account', () => {
    expect(estimateChanges(rows, { '2100': 'lots', '3300': '-1' }, 'USD')).toEqual({
      ok: false,
      errors: { '2100': 'Enter an amount like 1,250.00', '3300': 'The amount cannot be negative' },
    });
  });

  it('changes nothing when every field still shows what is stored', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ etc: fc.integer({ min: 0, max: 1e11 }), entered: fc.boolean() }), {
          maxLength: 20,
        }),
        (specs) => {
          const many = specs.map((s, i) =>
            row(String(1000 + i), s.etc, s.entered ? 'entered' : 'default'),
          );
          const typed = Object.fromEntries(
            many.map((r) => [r.accountNumber, estimateText(r, 'USD')]),
          );
          expect(estimateChanges(many, typed, 'USD')).toEqual({ ok: true, changes: [] });
        },
      ),
    );
  });
});

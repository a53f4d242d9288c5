import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChange, formatOverUnder, overUnderTone } from './over-under';

describe('over/(under) budget', () => {
  it('prints over budget plainly and a saving in parentheses', () => {
    // The domain's variance is budget − estimated final cost: below zero is over budget.
    expect(formatOverUnder(-150_000, 'USD')).toBe('1,500.00');
    expect(formatOverUnder(250_050, 'USD')).toBe('(2,500.50)');
    expect(formatOverUnder(0, 'USD')).toBe('—');
    expect(overUnderTone(-1)).toBe('over');
    expect(overUnderTone(1)).toBe('under');
    expect(formatChange(null, 'USD')).toBe('');
    expect(formatChange(12_000, 'USD')).toBe('+120.00');
    expect(formatChange(-12_000, 'USD')).toBe('−120.00');
  });

  it('shows the size of every variance exactly, whatever its sign', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }).filter((v) => v !== 0),
        (variance) => {
          const text = formatOverUnder(variance, 'USD');
          const digits = text.replace(/[(),.]/g, '');
          expect(Number(digits)).toBe(Math.abs(variance));
          expect(text.startsWith('(')).toBe(variance > 0);
        },
      ),
    );
  });
});

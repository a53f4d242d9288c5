import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBasisPoints } from './basis-points.js';
import { formatQuantity, parseQuantity, quantity, type Quantity } from './quantity.js';

describe('quantities in thousandths', () => {
  it('holds 2.5 weeks, 0.125 and 1,500.25 exactly', () => {
    expect([quantity(2.5), quantity(0.125), quantity(1.005), quantity(-3)]).toEqual([
      2500, 125, 1005, -3000,
    ]);
    expect(parseQuantity('1,500.25')).toEqual({ ok: true, value: 1_500_250 });
    expect(parseQuantity('-0.5')).toEqual({ ok: true, value: -500 });
    expect(parseQuantity('.5')).toEqual({ ok: true, value: 500 });
    expect(formatQuantity(2500 as Quantity)).toBe('2.5');
    expect(formatQuantity(-125 as Quantity)).toBe('-0.125');
    expect(formatQuantity(10_000 as Quantity)).toBe('10');
  });

  it('refuses a fourth decimal and text that is not a number', () => {
    expect(() => quantity(1.0005)).toThrow('at most three decimals');
    expect(parseQuantity('1.0005').ok).toBe(false);
    expect(parseQuantity('two').ok).toBe(false);
    expect(parseQuantity('').ok).toBe(false);
    expect(parseQuantity('-').ok).toBe(false);
  });

  it('prints and parses back to the same quantity', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (thousandths) => {
        expect(parseQuantity(formatQuantity(thousandths as Quantity))).toEqual({
          ok: true,
          value: thousandths,
        });
      }),
    );
  });

  it('prints basis points as percentages', () => {
    expect([1_000, 250, 1, 765, 10_000, 0].map(formatBasisPoints)).toEqual([
      '10%',
      '2.5%',
      '0.01%',
      '7.65%',
      '100%',
      '0%',
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fractionOfPercentText,
  numberToDecimalText,
  percentOfDecimalText,
} from './number-to-decimal-text.js';

/** A decimal without redundant zeros, as `numberToDecimalText` writes it. */
const canonical = (sign: boolean, whole: string, fraction: string): string => {
  const w = whole.replace(/^0+(?=\d)/, '') || '0';
  const f = fraction.replace(/0+$/, '');
  const body = f === '' ? w : `${w}.${f}`;
  return sign && /[1-9]/.test(body) ? `-${body}` : body;
};

describe('numberToDecimalText', () => {
  it('writes the decimal a person typed, without exponents', () => {
    expect(numberToDecimalText(1250)).toBe('1250');
    expect(numberToDecimalText(-0.05)).toBe('-0.05');
    expect(numberToDecimalText(1e-7)).toBe('0.0000001');
    expect(numberToDecimalText(1.5e21)).toBe('1500000000000000000000');
    expect(numberToDecimalText(0.1 + 0.2)).toBe('0.3');
    expect(numberToDecimalText(-0)).toBe('0');
    expect(numberToDecimalText(Number.NaN)).toBeNull();
  });

  it('gives back every decimal of up to 15 significant digits (property)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^\d{1,9}$/),
        fc.stringMatching(/^\d{0,6}$/),
        (sign, whole, fraction) => {
          const text = canonical(sign, whole, fraction);
          expect(numberToDecimalText(Number(text))).toBe(text);
        },
      ),
    );
  });

  it('moves the decimal point of a percentage both ways, exactly', () => {
    expect(percentOfDecimalText('0.0765')).toBe('7.65');
    expect(percentOfDecimalText('1')).toBe('100');
    expect(percentOfDecimalText('-0.001')).toBe('-0.1');
    expect(fractionOfPercentText('7.65')).toBe('0.0765');
    expect(fractionOfPercentText('100')).toBe('1');
    expect(fractionOfPercentText('0')).toBe('0');
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,4}$/),
        fc.stringMatching(/^\d{0,3}$/),
        (whole, fraction) => {
          const text = canonical(false, whole, fraction);
          expect(percentOfDecimalText(fractionOfPercentText(text))).toBe(text);
        },
      ),
    );
  });
});

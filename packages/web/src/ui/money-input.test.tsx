import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { minorToInput, parseMoney } from './money';
import { MoneyInput } from './money-input';

afterEach(cleanup);

describe('parseMoney', () => {
  it.each([
    ['1250', 125_000],
    ['1,250.50', 125_050],
    ['1250.5', 125_050],
    ['$ 300', 30_000],
    ['USD 42.07', 4_207],
    ['0.01', 1],
    ['.5', 50],
    ['12.', 1_200],
    ['  7 ', 700],
    ['1,000,000.00', 100_000_000],
  ])('reads %j as %i cents, exactly', (text, cents) => {
    expect(parseMoney(text, 'USD')).toEqual({ ok: true, value: cents });
  });

  it('never goes through floats: 0.29 and 1.005-style inputs stay exact', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parseMoney('0.29', 'USD')).toEqual({ ok: true, value: 29 });
    expect(parseMoney('19.99', 'USD')).toEqual({ ok: true, value: 1_999 });
    expect(parseMoney('90071992547409.91', 'USD')).toEqual({
      ok: true,
      value: 9_007_199_254_740_991,
    });
  });

  it('follows the currency minor unit', () => {
    expect(parseMoney('1500', 'JPY')).toEqual({ ok: true, value: 1_500 });
    expect(parseMoney('1.5', 'JPY').ok).toBe(false);
    expect(parseMoney('1.234', 'KWD')).toEqual({ ok: true, value: 1_234 });
  });

  it.each([
    ['', 'Enter an amount'],
    ['abc', 'Enter an amount like 1,250.00'],
    ['1.234', 'Use at most 2 decimal places'],
    ['-5', 'The amount cannot be negative'],
    ['1,25.00', 'Enter an amount like 1,250.00'],
    ['1.2.3', 'Enter an amount like 1,250.00'],
    ['90071992547409.92', 'That amount is too large'],
    ['.', 'Enter an amount like 1,250.00'],
  ])('refuses %j: %s', (text, error) => {
    expect(parseMoney(text, 'USD')).toEqual({ ok: false, error });
  });

  it('turns minor units back into editable text', () => {
    expect(minorToInput(125_050, 'USD')).toBe('1250.50');
    expect(minorToInput(5, 'USD')).toBe('0.05');
    expect(minorToInput(1_500, 'JPY')).toBe('1500');
  });
});

const Harness = () => {
  const [value, setValue] = useState('');
  return <MoneyInput label="Amount" currency="USD" value={value} onChange={setValue} required />;
};

describe('MoneyInput', () => {
  it('is labelled, keeps the text typed and explains a bad amount once the field is left', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Amount');
    fireEvent.change(input, { target: { value: '12.345' } });
    expect(input).toHaveProperty('value', '12.345');
    expect(screen.queryByText('Use at most 2 decimal places')).toBeNull();
    fireEvent.blur(input);
    expect(screen.getByText('Use at most 2 decimal places')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: '12.34' } });
    expect(screen.queryByText('Use at most 2 decimal places')).toBeNull();
  });
});

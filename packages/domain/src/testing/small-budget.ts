import type { Budget } from '../budget/budget.js';
import { DEFAULT_PERCENTAGE_ITEMS } from '../budget/default-percentage-items.js';
import { quantity } from '../budget/quantity.js';
import { currencyCode, type MinorUnits } from '../shared/money.js';
import { budgetAccount, budgetLine } from './budget-builders.js';

const USD = currencyCode('USD');
const EUR = currencyCode('EUR');
const cents = (n: number) => n as MinorUnits;

/**
 * A small feature budget whose every figure is worked out by hand in the comments (its top sheet is
 * pinned in compute-budget.test.ts): globals with a reference, three kinds of fringe, fringe accounts
 * above and below the line, a line in euros, contingency and a completion bond.
 */
export const SMALL_BUDGET: Budget = {
  currency: USD,
  exchangeRates: [{ currency: EUR, perUnitMicros: 1_085_000 }],
  globals: [
    {
      name: 'SHOOT_DAYS',
      description: 'Shoot days',
      value: { kind: 'quantity', quantity: quantity(20) },
      scheduleLink: { kind: 'shoot-days' },
    },
    {
      name: 'CREW_DAYS',
      description: 'Crew days',
      value: { kind: 'global', name: 'SHOOT_DAYS' },
      scheduleLink: null,
    },
  ],
  fringes: [
    {
      id: 'payroll',
      name: 'Payroll taxes',
      kind: 'percentage',
      rateBp: 765,
      cap: cents(10_000_000),
      threshold: null,
    },
    {
      id: 'ph',
      name: 'Pension & health',
      kind: 'percentage',
      rateBp: 1_750,
      cap: null,
      threshold: null,
    },
    {
      id: 'hw',
      name: 'Health & welfare',
      kind: 'flat-per-unit',
      amount: cents(4_500),
      unit: 'days',
    },
  ],
  accounts: [
    budgetAccount('1100', 'Story & Rights', 'above-the-line'),
    budgetAccount('1500', 'Cast', 'above-the-line'),
    budgetAccount('1900', 'ATL Fringes', 'above-the-line', 'fringes'),
    budgetAccount('3300', 'Camera', 'below-the-line'),
    budgetAccount('3900', 'BTL Fringes', 'below-the-line', 'fringes'),
    budgetAccount('4100', 'Editorial', 'post'),
    budgetAccount('5200', 'Insurance', 'other'),
  ],
  lines: [
    // $150,000.00, no fringes.
    budgetLine('rights', '1100', { description: 'Option and purchase price', rate: 15_000_000 }),
    // 20 days × $2,000 = $40,000; payroll $3,060, P&H $7,000, H&W 20 × $45 = $900.
    budgetLine('lead', '1500', {
      description: 'Lead actor',
      amount: 20,
      unit: 'days',
      rate: 200_000,
      fringes: ['payroll', 'ph', 'hw'],
      link: { kind: 'cast-work-days', castNumber: 1 },
    }),
    // $250,000 flat; payroll capped at 7.65 % of $100,000 = $7,650, P&H $43,750.
    budgetLine('star', '1500', {
      description: 'Star',
      rate: 25_000_000,
      fringes: ['payroll', 'ph', 'payroll'],
    }),
    // CREW_DAYS → SHOOT_DAYS = 20 days × $1,250 = $25,000; payroll $1,912.50, H&W $900.
    budgetLine('dp', '3300', {
      description: 'Director of photography',
      amount: 'CREW_DAYS',
      unit: 'days',
      rate: 125_000,
      fringes: ['payroll', 'hw'],
    }),
    // 4 weeks × €5,000 = €20,000 → × 1.085 = $21,700.
    budgetLine('package', '3300', {
      description: 'Camera package',
      amount: 4,
      unit: 'weeks',
      rate: 500_000,
      currency: 'EUR',
    }),
    // 20 days × 2 × $650 = $26,000; payroll $1,989, H&W 40 × $45 = $1,800.
    budgetLine('operators', '3300', {
      description: 'Camera operators',
      amount: 20,
      unit: 'days',
      multiplier: 2,
      rate: 65_000,
      fringes: ['payroll', 'hw'],
    }),
    // 10.5 weeks × $3,333.33 = $34,999.965 → $34,999.96 (half to even); payroll $2,677.50 (2,677.49694),
    // P&H $6,124.99 (6,124.993). Post has no fringe account, so they stay in 4100.
    budgetLine('editor', '4100', {
      description: 'Editor',
      amount: 10.5,
      unit: 'weeks',
      rate: 333_333,
      fringes: ['payroll', 'ph'],
    }),
    budgetLine('insurance', '5200', {
      description: 'Production package',
      unit: 'allow',
      rate: 6_000_000,
    }),
  ],
  percentageItems: DEFAULT_PERCENTAGE_ITEMS,
};

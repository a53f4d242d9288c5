import type { TemplateFringe } from './budget-template.js';

/**
 * Default fringes: one of each kind the engine knows, with **example US values** (the employer's share of
 * social security and Medicare up to the social security wage base, unemployment insurance on the first
 * $7,000, a guild pension and health contribution, a daily health and welfare amount). Rates and wage
 * bases change every year and differ by country, state and union agreement: the production's accountant
 * sets the real ones.
 */
export const DEFAULT_FRINGES: readonly TemplateFringe[] = [
  {
    id: 'payroll-taxes',
    name: 'Payroll taxes',
    kind: 'percentage',
    rateBp: 765,
    capMajor: 176_100,
    thresholdMajor: null,
  },
  {
    id: 'unemployment',
    name: 'Unemployment insurance',
    kind: 'percentage',
    rateBp: 340,
    capMajor: 7_000,
    thresholdMajor: null,
  },
  {
    id: 'workers-comp',
    name: "Workers' compensation",
    kind: 'percentage',
    rateBp: 250,
    capMajor: null,
    thresholdMajor: null,
  },
  {
    id: 'union-pension-health',
    name: 'Union pension & health',
    kind: 'percentage',
    rateBp: 1_750,
    capMajor: null,
    thresholdMajor: null,
  },
  {
    id: 'health-welfare-day',
    name: 'Health & welfare per day',
    kind: 'flat-per-unit',
    amountMajor: 45,
    unit: 'days',
  },
];

import { budgetFromTemplate } from '../budget/budget-template.js';
import type { BudgetUnit } from '../budget/budget-unit.js';
import type { Budget } from '../budget/budget.js';
import type { LineEdit } from '../budget/apply-line-edit.js';
import type { DetailLine } from '../budget/detail-line.js';
import { FEATURE_FILM_TEMPLATE } from '../budget/feature-film-template.js';
import type { Quantity } from '../budget/quantity.js';
import type { ScheduleLink } from '../budget/schedule-link.js';
import { seededRandom, type SeededRandom } from '../schedule/solver/seeded-random.js';
import { currencyCode, type CurrencyCode, type MinorUnits } from '../shared/money.js';

const USD = currencyCode('USD');
const FOREIGN: readonly CurrencyCode[] = [
  currencyCode('EUR'),
  currencyCode('GBP'),
  currencyCode('JPY'),
];
const UNITS: readonly BudgetUnit[] = ['days', 'weeks', 'hours', 'flat', 'allow', 'each', 'months'];
const PERCENTAGE_FRINGES = [
  'payroll-taxes',
  'unemployment',
  'workers-comp',
  'union-pension-health',
  'over-threshold',
];
// Globals the lines use: the template's, plus a chain (CREW_DAYS → SHOOT_DAYS, TRUCK_DAYS → CREW_DAYS).
const GLOBAL_NAMES = [
  'SHOOT_DAYS',
  'PREP_WEEKS',
  'SHOOT_WEEKS',
  'WRAP_WEEKS',
  'POST_WEEKS',
  'CREW_DAYS',
  'TRUCK_DAYS',
];

const pick = <T>(random: SeededRandom, items: readonly T[]): T =>
  items[random.int(items.length)] as T;

const randomQuantity = (random: SeededRandom): Quantity => {
  const roll = random.next();
  if (roll < 0.4) return ((1 + random.int(40)) * 1000) as Quantity;
  if (roll < 0.6) return ((1 + random.int(20)) * 500) as Quantity;
  if (roll < 0.8) return (1 + random.int(100_000)) as Quantity;
  return 1000 as Quantity;
};

/**
 * One random detail line in one of `accountNumbers`: about a fifth use a global, a tenth follow the
 * schedule, one in seven is in EUR, GBP or JPY, a few are credits or list a fringe twice.
 */
export const randomDetailLine = (
  random: SeededRandom,
  id: string,
  accountNumbers: readonly string[],
): DetailLine => {
  const usesGlobal = random.next() < 0.2;
  const unit: BudgetUnit = usesGlobal ? 'days' : pick(random, UNITS);
  const currency = random.next() < 0.85 ? USD : pick(random, FOREIGN);
  const rate = (random.next() < 0.03 ? -1 : 1) * (random.int(500_000) + 1);
  const fringeIds = PERCENTAGE_FRINGES.filter(() => random.next() < 0.3);
  if (unit === 'days' && random.next() < 0.4) fringeIds.push('health-welfare-day');
  if (random.next() < 0.05 && fringeIds.length > 0) fringeIds.push(fringeIds[0] ?? '');
  const linkRoll = random.next();
  const scheduleLink: ScheduleLink | null =
    usesGlobal || linkRoll > 0.1
      ? null
      : linkRoll < 0.04
        ? { kind: 'shoot-days' }
        : linkRoll < 0.08
          ? { kind: 'cast-work-days', castNumber: 1 + random.int(12) }
          : { kind: 'cast-hold-days', castNumber: 1 + random.int(12) };
  const multiplierRoll = random.next();
  return {
    id,
    accountNumber: pick(random, accountNumbers),
    description: `Line ${id}`,
    amount: usesGlobal
      ? { kind: 'global', name: pick(random, GLOBAL_NAMES) }
      : { kind: 'quantity', quantity: randomQuantity(random) },
    unit,
    multiplier: (multiplierRoll < 0.7
      ? 1000
      : multiplierRoll < 0.9
        ? (2 + random.int(4)) * 1000
        : 1 + random.int(3000)) as Quantity,
    rate: rate as MinorUnits,
    currency,
    fringeIds,
    scheduleLink,
  };
};

/**
 * A reproducible budget of `lines` detail lines on the feature template, in USD with EUR, GBP and JPY
 * lines, the default fringes plus one with a threshold, globals with a chain of references, schedule
 * links, contingency and a completion bond. The same seed gives the same budget.
 */
export const randomBudget = (seed: number, lines: number): Budget => {
  const random = seededRandom(seed);
  const base = budgetFromTemplate(FEATURE_FILM_TEMPLATE, USD);
  const accountNumbers = base.accounts.filter((a) => a.role === 'lines').map((a) => a.number);
  return {
    ...base,
    exchangeRates: [
      { currency: currencyCode('EUR'), perUnitMicros: 1_085_000 },
      { currency: currencyCode('GBP'), perUnitMicros: 1_271_350 },
      { currency: currencyCode('JPY'), perUnitMicros: 6_712 },
    ],
    fringes: [
      ...base.fringes,
      {
        id: 'over-threshold',
        name: 'Supplemental plan above $50,000',
        kind: 'percentage',
        rateBp: 150,
        cap: null,
        threshold: 5_000_000 as MinorUnits,
      },
    ],
    globals: [
      ...base.globals,
      {
        name: 'CREW_DAYS',
        description: 'Crew days',
        value: { kind: 'global', name: 'SHOOT_DAYS' },
        scheduleLink: null,
      },
      {
        name: 'TRUCK_DAYS',
        description: 'Truck days',
        value: { kind: 'global', name: 'CREW_DAYS' },
        scheduleLink: null,
      },
    ],
    lines: Array.from({ length: lines }, (_, index) =>
      randomDetailLine(random, `line-${index + 1}`, accountNumbers),
    ),
  };
};

/**
 * `count` random edits of a budget (updates of existing lines, additions, removals), reproducible from
 * the seed; every edit is valid against the budget as the earlier edits left it.
 */
export const randomLineEdits = (seed: number, budget: Budget, count: number): LineEdit[] => {
  const random = seededRandom(seed);
  const accountNumbers = budget.accounts.filter((a) => a.role === 'lines').map((a) => a.number);
  const ids = budget.lines.map((line) => line.id);
  const edits: LineEdit[] = [];
  let added = 0;
  for (let index = 0; index < count; index += 1) {
    const roll = random.next();
    if (ids.length === 0 || roll < 0.15) {
      added += 1;
      const id = `added-${seed}-${added}`;
      ids.push(id);
      edits.push({ kind: 'add', line: randomDetailLine(random, id, accountNumbers) });
    } else if (roll < 0.3) {
      const at = random.int(ids.length);
      const [id] = ids.splice(at, 1);
      edits.push({ kind: 'remove', lineId: id ?? '' });
    } else {
      const id = pick(random, ids);
      edits.push({ kind: 'update', line: randomDetailLine(random, id, accountNumbers) });
    }
  }
  return edits;
};

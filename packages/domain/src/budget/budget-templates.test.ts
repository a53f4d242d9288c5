import { describe, expect, it } from 'vitest';
import { currencyCode } from '../shared/money.js';
import { budgetLine } from '../testing/budget-builders.js';
import { applyLineEdits } from './apply-line-edit.js';
import { BUDGET_SECTIONS } from './budget-section.js';
import { budgetFromTemplate } from './budget-template.js';
import { BUDGET_TEMPLATES } from './budget-templates.js';
import { computeBudget } from './compute-budget.js';
import { computedLine } from './computed-budget-lines.js';
import { FEATURE_FILM_TEMPLATE } from './feature-film-template.js';
import { EPISODIC_TV_TEMPLATE } from './episodic-tv-template.js';

const USD = currencyCode('USD');

describe.each(BUDGET_TEMPLATES.map((template) => [template.name, template] as const))(
  'the %s template',
  (_, template) => {
    it('numbers every account once, each in a section, with one fringe account above the line, below it and in post', () => {
      const numbers = template.accounts.map((a) => a.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(template.accounts.every((a) => BUDGET_SECTIONS.includes(a.section))).toBe(true);
      const fringeAccounts = template.accounts.filter((a) => a.role === 'fringes');
      expect(fringeAccounts.map((a) => [a.number, a.section])).toEqual([
        ['1900', 'above-the-line'],
        ['3900', 'below-the-line'],
        ['4900', 'post'],
      ]);
      // Numbering by section, as domain-conventions §7 suggests: 1000s, 2000–3000s, 4000s, 5000s.
      const band = { 'above-the-line': /^1/, 'below-the-line': /^[23]/, post: /^4/, other: /^5/ };
      expect(template.accounts.filter((a) => !band[a.section].test(a.number))).toEqual([]);
    });

    it('computes: empty at first, then every default fringe on a line', () => {
      const budget = budgetFromTemplate(template, USD);
      const empty = computeBudget(budget);
      if (!empty.ok) throw empty.error;
      expect(empty.value.grandTotal).toBe(0);
      expect(empty.value.topSheet.sections.flatMap((s) => s.rows)).toHaveLength(
        template.accounts.length,
      );
      const edited = applyLineEdits(empty.value, [
        {
          kind: 'add',
          line: budgetLine('dp', '3300', {
            amount: 'SHOOT_DAYS',
            unit: 'days',
            rate: 125_000,
            fringes: template.fringes.map((f) => f.id),
          }),
        },
      ]);
      if (!edited.ok) throw edited.error;
      expect(computedLine(edited.value, 'dp')?.fringes.map((f) => f.fringeId)).toEqual(
        template.fringes.map((f) => f.id),
      );
      expect(edited.value.accounts.get('3900')?.fringes).toBeGreaterThan(0);
    });
  },
);

describe('the templates’ charts', () => {
  it('are the feature default of domain-conventions §7 above the line', () => {
    expect(
      FEATURE_FILM_TEMPLATE.accounts
        .filter((a) => a.section === 'above-the-line')
        .map((a) => `${a.number} ${a.name}`),
    ).toEqual([
      '1100 Story & Rights',
      '1200 Writers & Screenplay',
      '1300 Producers',
      '1400 Director',
      '1500 Cast',
      '1600 Casting',
      '1800 ATL Travel & Living',
      '1900 ATL Fringes',
    ]);
  });

  it('number episodic television above the line as the industry does', () => {
    expect(
      EPISODIC_TV_TEMPLATE.accounts
        .filter((a) => a.section === 'above-the-line')
        .map((a) => `${a.number} ${a.name}`),
    ).toEqual([
      '1100 Story, Rights & Continuity',
      '1200 Producers',
      '1300 Directors',
      '1400 Cast',
      '1800 ATL Travel & Living',
      '1900 ATL Fringes',
    ]);
    expect(EPISODIC_TV_TEMPLATE.globals.map((g) => g.name)).toContain('EPISODES');
  });

  it('turn template amounts into the budget currency’s minor units', () => {
    const yen = budgetFromTemplate(FEATURE_FILM_TEMPLATE, currencyCode('JPY'));
    expect(yen.fringes.find((f) => f.id === 'payroll-taxes')).toMatchObject({ cap: 176_100 });
    const dollars = budgetFromTemplate(FEATURE_FILM_TEMPLATE, USD);
    expect(dollars.fringes.find((f) => f.id === 'health-welfare-day')).toMatchObject({
      amount: 4_500,
    });
  });
});

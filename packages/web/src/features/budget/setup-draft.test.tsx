import { describe, expect, it } from 'vitest';
import { budgetVersion } from '../../testing/budget-version';
import { buildSetup, parsePercent, parseRate, setupDraft, slugId } from './setup-draft';

const { setup } = budgetVersion();

describe('the setup form', () => {
  it('round-trips the setup through the form untouched, the chart of accounts as it came', () => {
    const built = buildSetup(setupDraft(setup, 'USD'), setup, 'USD');
    expect(built).toEqual({ ok: true, setup });
    if (built.ok) expect(built.setup.accounts).toBe(setup.accounts);
  });

  it('reads percentages as basis points and rates as millionths, exactly', () => {
    expect(parsePercent('7.65')).toBe(765);
    expect(parsePercent('17.5 %')).toBe(1750);
    expect(parsePercent('100')).toBe(10_000);
    expect(parsePercent('101')).toBeNull();
    expect(parsePercent('7.655')).toBeNull();
    expect(parseRate('1.085')).toBe(1_085_000);
    expect(parseRate('0')).toBeNull();
  });

  it('names every field that is wrong, and sends nothing', () => {
    const draft = setupDraft(setup, 'USD');
    const built = buildSetup(
      {
        ...draft,
        fringes: [
          { ...draft.fringes[0]!, percent: 'lots', cap: '100', threshold: '200' },
          {
            key: 'new',
            id: '',
            name: '',
            kind: 'flat-per-unit',
            percent: '',
            threshold: '',
            cap: '',
            amount: '',
            unit: 'days',
          },
        ],
        globals: [
          ...draft.globals,
          { key: 'g9', name: 'shoot_days', description: '', value: 'x', scheduleLink: null },
        ],
        rates: [{ key: 'r0', currency: 'USD', rate: '1' }],
      },
      setup,
      'USD',
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors).toMatchObject({
      'fringe:f0:percent': 'A percentage from 0 to 100, like 7.65',
      'fringe:f0:cap': 'The cap must be above the threshold',
      'fringe:new:name': 'Name the fringe',
      'fringe:new:amount': 'Enter an amount',
      'global:g9:name': 'There is already a global called shoot_days',
      'rate:r0:currency': 'USD is the budget’s own currency',
    });
  });

  it('gives a new fringe or item an id from its name, unique', () => {
    expect(slugId('Meal penalty', [])).toBe('meal-penalty');
    expect(slugId('Meal penalty', ['meal-penalty'])).toBe('meal-penalty-2');
    const draft = setupDraft(setup, 'USD');
    const built = buildSetup(
      {
        ...draft,
        fringes: [
          ...draft.fringes,
          {
            key: 'n',
            id: '',
            name: 'Pension',
            kind: 'percentage',
            percent: '6',
            threshold: '',
            cap: '1,000',
            amount: '',
            unit: 'days',
          },
        ],
      },
      setup,
      'USD',
    );
    expect(built.ok && built.setup.fringes[1]).toEqual({
      id: 'pension',
      name: 'Pension',
      kind: 'percentage',
      rateBp: 600,
      threshold: null,
      cap: 100_000,
    });
  });
});

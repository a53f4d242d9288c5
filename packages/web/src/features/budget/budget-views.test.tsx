import { describe, expect, it } from 'vitest';
import { budgetHref, budgetRouteFromPath } from './budget-views';

describe('the Budget tab’s paths', () => {
  it('reads each view and writes it back', () => {
    expect(budgetRouteFromPath('')).toEqual({ view: 'budgets' });
    expect(budgetRouteFromPath('/compare')).toEqual({ view: 'compare' });
    expect(budgetRouteFromPath('/versions/v1')).toEqual({ view: 'grid', versionId: 'v1' });
    expect(budgetRouteFromPath('/versions/v1/top-sheet')).toEqual({
      view: 'top-sheet',
      versionId: 'v1',
    });
    expect(budgetRouteFromPath('/versions/v1/setup')).toEqual({ view: 'setup', versionId: 'v1' });
    expect(budgetRouteFromPath('/versions/v1/schedule')).toEqual({
      view: 'schedule',
      versionId: 'v1',
    });
    expect(budgetRouteFromPath('/versions/v1/nope')).toBeNull();
    expect(budgetRouteFromPath('/versions')).toBeNull();
    expect(budgetHref('p', { view: 'setup', versionId: 'v1' })).toBe(
      '/productions/p/budget/versions/v1/setup',
    );
    expect(budgetHref('p', { view: 'grid', versionId: 'v1' })).toBe(
      '/productions/p/budget/versions/v1',
    );
    expect(budgetHref('p', { view: 'compare' }, { from: 'a', to: 'b' })).toBe(
      '/productions/p/budget/compare?from=a&to=b',
    );
  });
});

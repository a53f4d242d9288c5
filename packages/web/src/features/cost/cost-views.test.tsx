import { describe, expect, it } from 'vitest';
import { costHref, costRouteFromPath, costSectionOf, type CostRoute } from './cost-views';

describe('the Cost tab’s paths', () => {
  it('reads each view and writes it back', () => {
    const routes: CostRoute[] = [
      { view: 'report' },
      { view: 'documents' },
      { view: 'new-document' },
      { view: 'document', documentId: 'd 1' },
      { view: 'inbox' },
      { view: 'vendors' },
    ];
    for (const route of routes) {
      const href = costHref('p', route);
      expect(costRouteFromPath(href.slice('/productions/p/cost'.length))).toEqual(route);
    }
    expect(costHref('p', { view: 'report' }, { asOf: '2026-03-02', account: '3300' })).toBe(
      '/productions/p/cost?asOf=2026-03-02&account=3300',
    );
  });

  it('knows no other path, and puts a document under Documents', () => {
    expect(costRouteFromPath('/nope')).toBeNull();
    expect(costRouteFromPath('/documents/a/b')).toBeNull();
    expect(costSectionOf({ view: 'document', documentId: 'x' })).toBe('documents');
    expect(costSectionOf({ view: 'new-document' })).toBe('documents');
    expect(costSectionOf({ view: 'inbox' })).toBe('inbox');
  });
});

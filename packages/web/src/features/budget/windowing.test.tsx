import { describe, expect, it } from 'vitest';
import { rowsPerPage, scrollTopToReveal, visibleRows } from './windowing';

const geometry = { rowHeight: 28, headerHeight: 30, viewportHeight: 590, rowCount: 10_000 };

describe('windowing', () => {
  it('renders the rows under the header plus the overscan, whatever the list’s length', () => {
    expect(visibleRows({ ...geometry, scrollTop: 0 }, 0)).toEqual({ start: 0, end: 20 });
    const range = visibleRows({ ...geometry, scrollTop: 28 * 5000 }, 8);
    expect(range).toEqual({ start: 4992, end: 5028 });
    expect(range.end - range.start).toBeLessThan(40);
  });

  it('stays inside the list at either end and with nothing to show', () => {
    expect(visibleRows({ ...geometry, rowCount: 5, scrollTop: 0 })).toEqual({ start: 0, end: 5 });
    expect(visibleRows({ ...geometry, scrollTop: 28 * 10_000 })).toEqual({
      start: 9992,
      end: 10_000,
    });
    expect(visibleRows({ ...geometry, rowCount: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('pages by the whole rows that fit under the header', () => {
    expect(rowsPerPage(geometry)).toBe(20);
    expect(rowsPerPage({ ...geometry, viewportHeight: 10 })).toBe(1);
  });

  it('scrolls just enough to reveal a row above or below the view, and not at all when it shows', () => {
    const at = { ...geometry, scrollTop: 28 * 100 };
    expect(scrollTopToReveal(105, at)).toBe(28 * 100);
    expect(scrollTopToReveal(90, at)).toBe(28 * 90);
    // Row 130's bottom edge at the bottom of the 560 px under the header.
    expect(scrollTopToReveal(130, at)).toBe(28 * 131 - 560);
  });
});

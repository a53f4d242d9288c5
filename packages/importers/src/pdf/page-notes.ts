import type { ScriptDiagnostic } from '@greenlight/domain';

/** "page 3", "pages 3 and 7", "pages 3, 5 and 7" (at most ten pages listed). */
export const describePages = (pages: readonly number[]): string => {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const shown = sorted.slice(0, 10).map(String);
  if (sorted.length > shown.length) shown.push(`${sorted.length - 10} more`);
  if (shown.length === 1) return `page ${shown[0] ?? ''}`;
  return `pages ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
};

/**
 * Collects the pages on which the same thing was noticed, so a long script gets one diagnostic per
 * kind of problem ("on pages 3, 5 and 7") instead of one per line. A PDF has no source lines, so
 * pages are the place a diagnostic can point to.
 */
export class PageNotes {
  private readonly notes = new Map<
    string,
    { severity: ScriptDiagnostic['severity']; message: (pages: string) => string; pages: number[] }
  >();

  add(
    kind: string,
    page: number,
    severity: ScriptDiagnostic['severity'],
    message: (pages: string) => string,
  ): void {
    const note = this.notes.get(kind);
    if (note === undefined) this.notes.set(kind, { severity, message, pages: [page] });
    else note.pages.push(page);
  }

  list(): ScriptDiagnostic[] {
    return [...this.notes.values()].map(({ severity, message, pages }) => ({
      severity,
      message: message(describePages(pages)),
    }));
  }
}

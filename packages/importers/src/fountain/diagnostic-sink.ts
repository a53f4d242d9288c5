import type { ScriptDiagnostic } from '@greenlight/domain';

/** At most this many diagnostics of one kind; then one line says how many more there were. */
const MAX_PER_KIND = 20;

export type DiagnosticSink = {
  /** `kind` groups repeats of one problem (an unclosed note on every line of a garbage file). */
  report(kind: string, diagnostic: ScriptDiagnostic): void;
  list(): ScriptDiagnostic[];
};

/**
 * Collects diagnostics in source order, capped per kind so a hostile or binary file cannot produce
 * millions of them.
 */
export const createDiagnosticSink = (): DiagnosticSink => {
  const diagnostics: ScriptDiagnostic[] = [];
  const counts = new Map<string, { count: number; first: ScriptDiagnostic }>();
  return {
    report(kind, diagnostic) {
      const seen = counts.get(kind);
      if (seen === undefined) counts.set(kind, { count: 1, first: diagnostic });
      else seen.count += 1;
      if ((seen?.count ?? 1) <= MAX_PER_KIND) diagnostics.push(diagnostic);
    },
    list() {
      const sorted = diagnostics
        .map((diagnostic, order) => ({ diagnostic, order }))
        .sort(
          (a, b) =>
            (a.diagnostic.line ?? 0) - (b.diagnostic.line ?? 0) ||
            (a.diagnostic.column ?? 0) - (b.diagnostic.column ?? 0) ||
            a.order - b.order,
        )
        .map(({ diagnostic }) => diagnostic);
      for (const { count, first } of counts.values()) {
        if (count > MAX_PER_KIND) {
          sorted.push({
            severity: first.severity,
            message: `…and ${count - MAX_PER_KIND} more like "${first.message}"`,
          });
        }
      }
      return sorted;
    },
  };
};

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/**
 * Something an importer noticed about user content. Importers return these instead of throwing, so
 * one bad line never loses the rest of a file. `line` and `column` are 1-based, counted in the
 * decoded text (after newline normalisation) so they match what the user sees in an editor.
 */
export type Diagnostic = {
  readonly severity: DiagnosticSeverity;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
};

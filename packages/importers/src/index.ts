// The public API of @greenlight/importers: pure parsers for what users upload.
export type { Diagnostic, DiagnosticSeverity } from './diagnostic.js';
export { decodeText, DEFAULT_MAX_TEXT_BYTES } from './decode-text.js';
export type { DecodedText, DecodeTextOptions, TextEncoding } from './decode-text.js';
export { parseFountain, MAX_FOUNTAIN_CHARACTERS } from './fountain/parse-fountain.js';
export type { FountainParseResult } from './fountain/parse-fountain.js';
export { printFountain } from './fountain/print-fountain.js';
export { parseCharacterCue } from './fountain/parse-character-cue.js';
export type { CharacterCue } from './fountain/parse-character-cue.js';
export { parseFdx } from './fdx/parse-fdx.js';
export type { FdxParseResult } from './fdx/parse-fdx.js';
export { parsePdfScript, MAX_PDF_BYTES, MAX_PDF_PAGES } from './pdf/parse-pdf-script.js';
export type { PdfScriptParseResult } from './pdf/parse-pdf-script.js';
export { importScript, detectScriptFormat, SCRIPT_FORMAT_LABELS } from './import-script.js';
export type { ScriptFormat, ScriptImportResult } from './import-script.js';
export {
  parseSchedulingInstance,
  MAX_SCHEDULING_INSTANCE_CHARACTERS,
} from './scheduling/parse-scheduling-instance.js';
export type {
  SchedulingInstance,
  SchedulingInstanceFormat,
  SchedulingInstanceParseResult,
} from './scheduling/parse-scheduling-instance.js';
export { parseBudgetRows, MAX_BUDGET_FILE_ROWS } from './budget/parse-budget-rows.js';
export type { BudgetFileParseResult } from './budget/parse-budget-rows.js';
export type { BudgetFileDiagnostic } from './budget/budget-file-diagnostic.js';

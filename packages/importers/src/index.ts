// The public API of @greenlight/importers: pure parsers for what users upload.
export type { Diagnostic, DiagnosticSeverity } from './diagnostic.js';
export { decodeText, DEFAULT_MAX_TEXT_BYTES } from './decode-text.js';
export type { DecodedText, DecodeTextOptions, TextEncoding } from './decode-text.js';

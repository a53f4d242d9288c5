// The public API of @greenlight/importers: pure parsers for what users upload.
export type { Diagnostic, DiagnosticSeverity } from './diagnostic.js';
export { decodeText, DEFAULT_MAX_TEXT_BYTES } from './decode-text.js';
export type { DecodedText, DecodeTextOptions, TextEncoding } from './decode-text.js';
export { parseFountain, MAX_FOUNTAIN_CHARACTERS } from './fountain/parse-fountain.js';
export type { FountainParseResult } from './fountain/parse-fountain.js';
export { printFountain } from './fountain/print-fountain.js';
export { parseCharacterCue } from './fountain/parse-character-cue.js';
export type { CharacterCue } from './fountain/parse-character-cue.js';

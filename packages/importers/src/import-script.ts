import type { ImportedBreakdownTag, ScriptDiagnostic, ScriptDocument } from '@greenlight/domain';
import { decodeText, type TextEncoding } from './decode-text.js';
import { parseFdx } from './fdx/parse-fdx.js';
import { parseFountain } from './fountain/parse-fountain.js';
import { parsePdfScript } from './pdf/parse-pdf-script.js';

export type ScriptFormat = 'fountain' | 'fdx' | 'pdf';

export const SCRIPT_FORMAT_LABELS: Readonly<Record<ScriptFormat, string>> = {
  fountain: 'Fountain',
  fdx: 'Final Draft',
  pdf: 'PDF',
};

export type ScriptImportResult = {
  readonly format: ScriptFormat;
  /** How a text format's bytes were read; null for PDF. */
  readonly encoding: TextEncoding | null;
  readonly document: ScriptDocument;
  readonly diagnostics: ScriptDiagnostic[];
  /** Breakdown tags the file carried (Final Draft); empty for the other formats. */
  readonly tags: ImportedBreakdownTag[];
};

const BY_EXTENSION: Readonly<Record<string, ScriptFormat>> = {
  fountain: 'fountain',
  spmd: 'fountain',
  txt: 'fountain',
  fdx: 'fdx',
  pdf: 'pdf',
};

/**
 * The format of an uploaded screenplay: a PDF or Final Draft file is recognised by its first bytes
 * whatever it is called (people rename files); otherwise by the name's extension; anything else is
 * read as Fountain, which is plain text.
 */
export const detectScriptFormat = (bytes: Uint8Array, fileName: string): ScriptFormat => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (/<FinalDraft[\s>]/.test(head)) return 'fdx';
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? 'fountain';
};

/**
 * Reads an uploaded screenplay of any supported format into the script representation. Never throws
 * on content: what goes wrong is in `diagnostics` (an `error` one when nothing could be read).
 */
export const importScript = async (
  bytes: Uint8Array,
  fileName: string,
): Promise<ScriptImportResult> => {
  const format = detectScriptFormat(bytes, fileName);
  if (format === 'pdf') {
    const parsed = await parsePdfScript(bytes);
    return { format, encoding: null, ...parsed, tags: [] };
  }
  const decoded = decodeText(bytes);
  if (format === 'fdx') {
    const parsed = parseFdx(decoded.text);
    return {
      format,
      encoding: decoded.encoding,
      document: parsed.document,
      diagnostics: [...decoded.diagnostics, ...parsed.diagnostics],
      tags: parsed.tags,
    };
  }
  const parsed = parseFountain(decoded.text);
  return {
    format,
    encoding: decoded.encoding,
    document: parsed.document,
    diagnostics: [...decoded.diagnostics, ...parsed.diagnostics],
    tags: [],
  };
};

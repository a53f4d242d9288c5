import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import {
  extractScenes,
  formatEighths,
  paginateScript,
  totalEighths,
  type Scene,
  type ScriptDiagnostic,
  type ScriptDocument,
} from '@greenlight/domain';
import { importScript, SCRIPT_FORMAT_LABELS } from '@greenlight/importers';
import type { CliIo } from '../cli-io.js';
import { checkFile } from '../check-file.js';
import { parseArgs } from '../parse-args.js';

const ScriptParseOptionsSchema = z.object({
  file: z.string().min(1),
  json: z.boolean().optional(),
});

/** What `script parse --json` prints: the scene list a breakdown starts from. */
export type ScriptParseJson = {
  readonly title: string | null;
  readonly scenes: readonly Pick<
    Scene,
    'number' | 'heading' | 'intExt' | 'location' | 'time' | 'pageStart' | 'eighths' | 'characters'
  >[];
  readonly totalEighths: number;
  readonly diagnostics: readonly ScriptDiagnostic[];
};

/**
 * `greenlight script parse FILE [--json]`: reads a screenplay file, decodes it (UTF-8 with or without
 * BOM, UTF-16, Windows-1252), parses it as Fountain, Final Draft or PDF (by its first bytes, else its
 * extension), and prints its scenes with page eighths. Exit 0; 2 when a diagnostic is an error (a file
 * over the size limits, unreadable XML or PDF); 5 for a missing file.
 */
export const scriptParseCommand = async (
  raw: Record<string, unknown>,
  io: CliIo,
): Promise<number> => {
  const options = parseArgs(ScriptParseOptionsSchema, raw);
  await checkFile(options.file);
  const imported = await importScript(new Uint8Array(await readFile(options.file)), options.file);
  const document = imported.document;
  const pagination = paginateScript(document);
  const scenes = extractScenes(document, { pagination });
  const result: ScriptParseJson = {
    title: titleOf(document),
    scenes: scenes.map((scene) => ({
      number: scene.number,
      heading: scene.heading,
      intExt: scene.intExt,
      location: scene.location,
      time: scene.time,
      pageStart: scene.pageStart,
      eighths: scene.eighths,
      characters: scene.characters,
    })),
    totalEighths: totalEighths(scenes),
    diagnostics: imported.diagnostics,
  };
  if (options.json === true) {
    io.out(`${JSON.stringify(result)}\n`);
  } else {
    io.out(
      describe(result, {
        file: basename(options.file),
        format:
          imported.encoding === null
            ? SCRIPT_FORMAT_LABELS[imported.format]
            : `${SCRIPT_FORMAT_LABELS[imported.format]} (${imported.encoding})`,
        pages: pagination.pageCount,
      }),
    );
  }
  return result.diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 2 : 0;
};

/** The title page's Title, lines joined with spaces; null when there is none. */
const titleOf = (document: ScriptDocument): string | null => {
  const field = document.titlePage.find((f) => f.key.toLowerCase() === 'title');
  return field === undefined || field.values.length === 0 ? null : field.values.join(' ');
};

/** The readable scene list: one row per scene, then the totals and any diagnostics. */
const describe = (
  result: ScriptParseJson,
  facts: { readonly file: string; readonly format: string; readonly pages: number },
): string => {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const out: string[] = [];
  if (result.title !== null) out.push(result.title);
  out.push(
    `${facts.file}: ${facts.format}, ${plural(facts.pages, 'page')}, ${plural(result.scenes.length, 'scene')}, ${formatEighths(result.totalEighths)} ${result.totalEighths === 8 ? 'page' : 'pages'} of scenes`,
  );
  if (result.scenes.length > 0) {
    out.push(
      '',
      table(
        ['#', 'I/E', 'LOCATION', 'TIME', 'PAGE', 'LENGTH', 'CHARACTERS'],
        result.scenes.map((scene) => [
          scene.number,
          scene.intExt ?? '',
          scene.location,
          scene.time ?? '',
          String(scene.pageStart),
          formatEighths(scene.eighths),
          scene.characters.join(', '),
        ]),
      ),
    );
  }
  if (result.diagnostics.length > 0) {
    out.push('', `${plural(result.diagnostics.length, 'diagnostic')}:`);
    for (const d of result.diagnostics) {
      const place =
        d.line === undefined
          ? ''
          : ` line ${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
      out.push(`  ${d.severity}${place}: ${d.message}`);
    }
  }
  return `${out.join('\n')}\n`;
};

const RIGHT_ALIGNED = new Set(['PAGE', 'LENGTH']);

const table = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]): string =>
    `  ${row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return RIGHT_ALIGNED.has(header[column] ?? '') ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd()}`;
  return [line(header), ...rows.map(line)].join('\n');
};

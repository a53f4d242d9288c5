import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Fountain, Lexer } from 'fountain-js';
import { extractScenes, paginateScript, totalEighths } from '@greenlight/domain';
import { decodeText, parseFountain } from '@greenlight/importers';

export const LONG_FEATURE = fileURLToPath(
  new URL('../fixtures/screenplays/long-feature.fountain', import.meta.url),
);

export type ScreenplayParseTimes = {
  readonly file: string;
  readonly bytes: number;
  readonly pages: number;
  readonly scenes: number;
  readonly totalEighths: number;
  readonly runs: number;
  /** Medians, in milliseconds. */
  readonly importMs: number;
  readonly decodeMs: number;
  readonly parseMs: number;
  readonly layoutMs: number;
  readonly fountainJsTokenizeMs: number;
  readonly fountainJsParseMs: number;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const time = (work: () => unknown): number => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

/**
 * The whole import of a feature-length Fountain script as the server will run it — bytes to text
 * (`decodeText`), text to document (`parseFountain`), pagination and scenes with eighths — against
 * fountain-js 1.2.4 on the same text: its tokenizer alone (`Lexer.tokenize`, no HTML) and its
 * `new Fountain().parse(text, true)` (tokens and HTML). The file is read once; the runs are
 * interleaved so that a slow moment of the machine falls on both sides; each figure is a median after
 * a warm-up.
 */
export const measureScreenplayParse = (
  options: { readonly file?: string; readonly runs?: number; readonly warmup?: number } = {},
): ScreenplayParseTimes => {
  const file = options.file ?? LONG_FEATURE;
  const runs = options.runs ?? 60;
  const warmup = options.warmup ?? 15;
  const bytes = new Uint8Array(readFileSync(file));
  const text = decodeText(bytes).text;

  let pages = 0;
  let scenes = 0;
  let eighths = 0;
  const ours = (): { decode: number; parse: number; layout: number } => {
    let decoded = '';
    const decode = time(() => {
      decoded = decodeText(bytes).text;
    });
    let document = parseFountain('').document;
    const parse = time(() => {
      document = parseFountain(decoded).document;
    });
    const layout = time(() => {
      const pagination = paginateScript(document);
      const list = extractScenes(document, { pagination });
      pages = pagination.pageCount;
      scenes = list.length;
      eighths = totalEighths(list);
    });
    return { decode, parse, layout };
  };
  const tokenize = (): number => time(() => Lexer.tokenize(text));
  const fullParse = (): number => time(() => new Fountain().parse(text, true));

  for (let i = 0; i < warmup; i += 1) {
    ours();
    tokenize();
    fullParse();
  }
  const samples = { decode: [] as number[], parse: [] as number[], layout: [] as number[] };
  const whole: number[] = [];
  const tokenizeSamples: number[] = [];
  const parseSamples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = ours();
    samples.decode.push(run.decode);
    samples.parse.push(run.parse);
    samples.layout.push(run.layout);
    whole.push(run.decode + run.parse + run.layout);
    tokenizeSamples.push(tokenize());
    parseSamples.push(fullParse());
  }
  return {
    file,
    bytes: bytes.length,
    pages,
    scenes,
    totalEighths: eighths,
    runs,
    importMs: median(whole),
    decodeMs: median(samples.decode),
    parseMs: median(samples.parse),
    layoutMs: median(samples.layout),
    fountainJsTokenizeMs: median(tokenizeSamples),
    fountainJsParseMs: median(parseSamples),
  };
};

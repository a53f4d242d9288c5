// Programs type-checked from elsewhere (the root tsconfig reaches this file through the CLI) see the
// declarations of the minified builds only through this reference: a .d.ts of ambient modules
// cannot be imported.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- see above
/// <reference path="./pdfjs-modules.d.ts" />
// A type-only import: erased from the output, so pdf.js is still loaded only by loadPdfJs below.
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.min.mjs';

/** One run of text as pdf.js reports it, in points from the page's top-left corner. */
export type PdfTextRun = {
  readonly text: string;
  readonly x: number;
  /** The baseline, measured down from the top of the page. */
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
};

export type PdfPageText = {
  /** 1-based page of the file. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly PdfTextRun[];
};

export type PdfText =
  | { readonly kind: 'read'; readonly pages: readonly PdfPageText[] }
  | { readonly kind: 'too-many-pages'; readonly pageCount: number };

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js on first use, so that importing this package costs nothing to those who never read a
 * PDF. The legacy build is the one that runs on Node 20 (minified: see pdfjs-modules.d.ts). Its worker module is imported here and
 * handed to pdf.js as `globalThis.pdfjsWorker`, which makes pdf.js run its parser on this thread
 * instead of looking for a worker file by URL: that works the same in Node, under vitest and tsx, and
 * in a bundle (the bundler sees both imports). Reading text is cheap enough not to need a thread.
 */
const loadPdfJs = (): Promise<PdfJs> => {
  loading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.min.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.min.mjs'),
    ]);
    const host = globalThis as { pdfjsWorker?: unknown };
    host.pdfjsWorker ??= worker;
    return pdfjs;
  })();
  // A failed load (a broken install) is reported to this caller and retried by the next one.
  loading.catch(() => {
    loading = null;
  });
  return loading;
};

const numberAt = (values: readonly unknown[], index: number): number => {
  const value = values[index];
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
};

/**
 * Position (PDF user space, y up) and size of an upright run from its text matrix; null for rotated,
 * skewed, mirrored or malformed ones.
 */
const placeRun = (
  transform: readonly unknown[],
): { readonly x: number; readonly y: number; readonly size: number } | null => {
  const [a, b, c, d, x, y] = [0, 1, 2, 3, 4, 5].map((index) => numberAt(transform, index));
  const upright =
    a !== undefined &&
    a > 0 &&
    d !== undefined &&
    d > 0 &&
    Math.abs(b ?? Number.NaN) < 1e-3 &&
    Math.abs(c ?? Number.NaN) < 1e-3;
  if (!upright || x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) {
    return null;
  }
  return { x, y, size: d };
};

/**
 * The text runs of every page of a PDF. Rejects with pdf.js's error when the file cannot be read
 * (not a PDF, damaged, password-protected); the caller turns that into a diagnostic. Only upright
 * text is kept: a screenplay has no rotated text, and a rotated watermark would only get in the way.
 */
export const loadPdfText = async (bytes: Uint8Array, maxPages: number): Promise<PdfText> => {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    if (document.numPages > maxPages) {
      return { kind: 'too-many-pages', pageCount: document.numPages };
    }
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [left = 0, bottom = 0, right = 612, top = 792] = page.view;
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const place = placeRun(item.transform);
        if (place === null) continue;
        runs.push({
          text: item.str,
          x: place.x - left,
          y: top - place.y,
          width: Number.isFinite(item.width) ? Math.max(0, item.width) : 0,
          fontSize: place.size,
        });
      }
      pages.push({ page: number, width: right - left, height: top - bottom, runs });
      page.cleanup();
    }
    return { kind: 'read', pages };
  } finally {
    await task.destroy();
  }
};

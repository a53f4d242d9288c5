import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateSync } from 'node:zlib';
import path from 'node:path';
import { instant } from '@greenlight/domain';
import type { ReportDocument } from '@greenlight/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from './render-report-pdf.js';
import { edgeCaseReport } from './testing/edge-case-report.js';
import { sampleAuditReport } from './testing/sample-audit-report.js';

// pdftotext (poppler-utils) lets us check the text a reader would see. Where it is missing the
// tests still run and assert on the PDF bytes alone.
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const workDir = mkdtempSync(path.join(tmpdir(), 'greenlight-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Latin-1 view of the bytes: PDF syntax is ASCII, so markers can be searched as text. */
const raw = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const pageCount = (bytes: Uint8Array): number =>
  raw(bytes).match(/\/Type \/Page(?!s)/g)?.length ?? 0;

/** Every stream of the file, inflated where it is compressed. */
const streams = (bytes: Uint8Array): string[] =>
  [...raw(bytes).matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map(([, body = '']) => {
    const data = Buffer.from(body, 'latin1');
    try {
      return inflateSync(data).toString('latin1');
    } catch {
      return data.toString('latin1');
    }
  });

/**
 * The characters the embedded fonts can map back to Unicode (their ToUnicode CMaps): proof, from
 * the bytes alone, that a glyph was embedded for each of them.
 */
const mappedCharacters = (bytes: Uint8Array): Set<string> => {
  const chars = new Set<string>();
  for (const stream of streams(bytes).filter((s) => s.includes('beginbfrange'))) {
    for (const [, hex = ''] of stream.matchAll(/<([0-9a-f]{4})>/gi)) {
      chars.add(String.fromCharCode(Number.parseInt(hex, 16)));
    }
  }
  return chars;
};

/** The text of each page, via pdftotext (pages are separated by form feeds). */
const pagesText = (bytes: Uint8Array, name: string): string[] => {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '');
};

const expectValidPdf = (bytes: Uint8Array): void => {
  const text = raw(bytes);
  expect(text.startsWith('%PDF-')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  // DejaVu embedded; no standard font, whose WinAnsi encoding would garble Łódź.
  expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
  expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
  expect(text).not.toContain('Helvetica');
  expect(text).toMatch(/\/FontFile2 \d+ 0 R/);
};

describe('renderReportPdf: audit log sample (300 rows, non-ASCII names)', () => {
  const report = sampleAuditReport(300);
  const rendered = renderReportPdf(report);

  it('is a valid multi-page PDF with embedded DejaVu fonts', async () => {
    const bytes = await rendered;
    expectValidPdf(bytes);
    expect(pageCount(bytes)).toBeGreaterThan(5);
    expect(raw(bytes)).toMatch(new RegExp(`/Count ${pageCount(bytes)}\\b`));
  });

  it('carries the title, names, repeated headers and "Page N of M" as text', async () => {
    const bytes = await rendered;
    const count = pageCount(bytes);
    // From the bytes alone: glyphs for the non-ASCII names were embedded and mapped to Unicode.
    const mapped = mappedCharacters(bytes);
    for (const char of 'ŁóźëÅöąễОльгПетров–—’') expect(mapped, char).toContain(char);
    if (!HAS_PDFTOTEXT) return;
    const pages = pagesText(bytes, 'audit');
    expect(pages).toHaveLength(count);
    const all = pages.join('\n');
    expect(all).toContain('Audit log');
    expect(all).toContain('Nocturne in Łódź');
    expect(all).toContain('Zoë Ångström');
    expect(all).toContain('Ольга Петрова');
    expect(all).toContain('Kim Nguyễn');
    expect(pages[0]).toContain('Page 1 of');
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${count}`);
      // The header row is repeated on every page.
      expect(page).toMatch(/When\s+Who\s+Action\s+Outcome\s+Rule\s+Amount/);
    });
    expect(pages[1]).toContain('Entries, oldest first (continued)');
    // Every entry made it in, in order: the first and the last.
    expect(pages[0]).toContain('1 Oct 2026, 10:00');
    expect(pages.at(-1)).toContain('11 Oct 2026, 04:13');
  });

  it('is byte-for-byte deterministic for the same report', async () => {
    const again = await renderReportPdf(report);
    expect(Buffer.from(again).equals(Buffer.from(await rendered))).toBe(true);
  });

  it('stamps the creation date from generatedAt, not the clock', async () => {
    const later = await renderReportPdf({
      ...report,
      generatedAt: instant('2027-01-01T00:00:00Z'),
    });
    expect(Buffer.from(later).equals(Buffer.from(await rendered))).toBe(false);
    if (HAS_PDFTOTEXT) {
      const file = path.join(workDir, 'info.pdf');
      writeFileSync(file, await rendered);
      const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
      expect(info).toMatch(/CreationDate:\s+2026-11-24T17:31:51/);
      expect(info).toMatch(/Title:\s+Audit log — Nocturne in Łódź/);
    }
  });
});

describe('renderReportPdf: layout corners', () => {
  it('renders empty sections, unbreakable ids, an over-tall cell and totals', async () => {
    const bytes = await renderReportPdf(edgeCaseReport());
    expectValidPdf(bytes);
    expect(pageCount(bytes)).toBeGreaterThanOrEqual(3);
    if (!HAS_PDFTOTEXT) return;
    const pages = pagesText(bytes, 'edge');
    const all = pages.join('\n');
    expect(all).toContain('No rows here.');
    expect(all).toContain('Accounts (continued)');
    expect(all).toContain('word0');
    expect(all).not.toContain('word399'); // cut to one page, with an ellipsis
    expect(all).toContain('…');
    expect(all).toContain('After the tall one');
    expect(pages.at(-1)).toMatch(/Total\s+\$14,808\.00/);
    expect(all).toContain('Confidential');
  });

  it('renders a report with no sections, meta or subtitle on one page', async () => {
    const bare: ReportDocument = {
      title: 'Nothing',
      generatedAt: instant('2026-01-01T00:00:00Z'),
      meta: [],
      sections: [],
    };
    const bytes = await renderReportPdf(bare);
    expectValidPdf(bytes);
    expect(pageCount(bytes)).toBe(1);
    if (HAS_PDFTOTEXT) expect(pagesText(bytes, 'bare')[0]).toContain('Page 1 of 1');
  });

  it('renders rows with missing cells and columns without widths', async () => {
    const bytes = await renderReportPdf({
      title: 'Sparse',
      generatedAt: instant('2026-01-01T00:00:00Z'),
      meta: [{ label: 'Kind', value: 'sparse' }],
      sections: [
        {
          heading: 'Rows',
          columns: [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B', width: 0 },
          ],
          rows: [{ a: 'only a' }, { b: 'only b' }, {}],
        },
      ],
    });
    expectValidPdf(bytes);
    if (HAS_PDFTOTEXT) expect(pagesText(bytes, 'sparse')[0]).toMatch(/only a[\s\S]*only b/);
  });
});

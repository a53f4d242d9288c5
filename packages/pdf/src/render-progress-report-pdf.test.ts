import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { buildProgressReportDocument, instant } from '@greenlight/domain';
import { sampleProgressReport } from '@greenlight/domain/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from './render-report-pdf.js';

// As in render-report-pdf.test.ts: the text checks need pdftotext (poppler-utils); without it only
// the bytes are checked.
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const workDir = mkdtempSync(path.join(tmpdir(), 'greenlight-progress-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const raw = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

const pagesText = (bytes: Uint8Array, name: string): string[] => {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '');
};

/** Every content stream of the file, inflated: the drawing operators, to look for the charts' vectors. */
const drawing = (bytes: Uint8Array): string => {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString('latin1');
  const out: string[] = [];
  const pattern = /\/FlateDecode[^>]*>>\s*stream\r?\n/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(buffer.subarray(start, end)).toString('latin1'));
    } catch {
      // A font or image stream with trailing bytes: not a page's drawing.
    }
  }
  return out.join('\n');
};

const render = (report = sampleProgressReport()): Promise<Uint8Array> =>
  renderReportPdf(
    buildProgressReportDocument(report, {
      title: 'Nocturne in Łódź',
      generatedAt: instant('2026-03-18T17:00:00Z'),
      timeZone: 'Europe/Warsaw',
    }),
  );

describe('the progress report as a PDF', () => {
  it('draws the charts as vectors: red and green bars, lines, one of them dashed', async () => {
    const bytes = await render();
    expect(raw(bytes).startsWith('%PDF-')).toBe(true);
    expect(raw(bytes)).not.toMatch(/\/Subtype \/Image/);
    const ops = drawing(bytes);
    // Over budget #c0392b and under budget #2e8b57 as fill colours, then a rectangle filled.
    expect(ops).toMatch(/0\.75294\d* 0\.22352\d* 0\.16862\d* scn/);
    expect(ops).toMatch(/0\.18039\d* 0\.54509\d* 0\.34117\d* scn/);
    expect(ops).toMatch(/\bre\b[\s\S]*\bf\b/);
    // The budget line is dashed; the actuals line is stroked in its blue.
    expect(ops).toMatch(/\[4 3\] 0 d/);
    expect(ops).toMatch(/0\.12156\d* 0\.37254\d* 0\.65882\d* SCN/);
  });

  it('prints the headline, the chart labels and the tables', async () => {
    if (!HAS_PDFTOTEXT) return;
    const all = pagesText(await render(), 'sample').join('\n');
    expect(all).toContain('Progress report');
    expect(all).toContain('Nocturne in Łódź · week to 18 Mar 2026');
    expect(all).toContain('$10,000.00 over the budget of $180,000.00 (5.6%).');
    expect(all).toContain('Cumulative spend by week against the budget');
    expect(all).toMatch(/Actuals \+ commitments/);
    expect(all).toMatch(/2 Mar\s+9 Mar\s+16 Mar/);
    expect(all).toContain('Variance by section (below zero: over budget)');
    expect(all).toMatch(/Below the line[\s\S]*-\$15,000\.00/);
    expect(all).toMatch(/3300\s+Camera\s+\$50,000\.00\s+\$65,000\.00\s+-\$15,000\.00/);
    expect(all).toMatch(/Cash in hand\s+\$25,000\.00/);
    expect(all).toMatch(/Shoot days\s+2 of 4/);
  });

  it('renders the same bytes for the same report, and renders an empty one', async () => {
    const bytes = await render();
    expect(Buffer.from(await render()).equals(Buffer.from(bytes))).toBe(true);
    const empty = await render(
      sampleProgressReport({ documents: [], financing: null, shootDays: null }),
    );
    expect(raw(empty).startsWith('%PDF-')).toBe(true);
  });
});

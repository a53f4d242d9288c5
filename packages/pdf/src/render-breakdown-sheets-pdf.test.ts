import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBreakdownSheetsPdf } from './render-breakdown-sheets-pdf.js';
import { sampleBreakdownSheets } from './testing/sample-breakdown-sheets.js';

// As in render-report-pdf.test.ts: the text checks need pdftotext (poppler-utils); without it only
// the bytes are checked.
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const workDir = mkdtempSync(path.join(tmpdir(), 'greenlight-sheets-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const raw = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const pageCount = (bytes: Uint8Array): number =>
  raw(bytes).match(/\/Type \/Page(?!s)/g)?.length ?? 0;

const pagesText = (bytes: Uint8Array, name: string): string[] => {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '');
};

describe('renderBreakdownSheetsPdf', () => {
  const input = sampleBreakdownSheets();
  const rendered = renderBreakdownSheetsPdf(input);

  it('is a PDF on US Letter portrait pages with DejaVu embedded', async () => {
    const text = raw(await rendered);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toMatch(/\/MediaBox \[0 0 612 792\]/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(text).not.toContain('Helvetica');
  });

  it('gives each sheet its own page and continues a crowded one', async () => {
    const bytes = await rendered;
    // Sheet 1: one page; sheet 2 (160 elements): more than one; sheet 3: one.
    const count = pageCount(bytes);
    expect(count).toBeGreaterThanOrEqual(4);
    if (!HAS_PDFTOTEXT) return;
    const pages = pagesText(bytes, 'sheets');
    expect(pages).toHaveLength(count);
    pages.forEach((page, i) => {
      expect(page).toContain('BREAKDOWN SHEET');
      expect(page).toContain('Nocturne in Łódź');
      expect(page).toContain('Blue revision, 2026-11-30');
      expect(page).toContain(`Page ${i + 1} of ${count}`);
    });

    const [first = '', second = ''] = pages;
    expect(first).toContain('Sheet 1 of 3');
    expect(first).toMatch(/SCENE\s+INT\/EXT\s+DAY\/NIGHT\s+PAGES\s+SCRIPT PAGE/);
    expect(first).toMatch(/12\s+INT\s+NIGHT\s+1 3\/8\s+14/);
    expect(first).toContain('HARBOUR OFFICE');
    expect(first).toContain('Gdańsk shipyard, hall 3 (stage B)');
    expect(first).toContain('Margot finds the ledger');
    for (const text of ['CAST MEMBERS', '2. ZOË ÅNGSTRÖM', 'PROPS', 'Phone with cracked screen']) {
      expect(first).toContain(text);
    }
    expect(first).toContain('MAKEUP AND HAIR');
    expect(first).toContain('Practical lamp on the desk must be dimmable');

    expect(second).toContain('Sheet 2 of 3');
    expect(second).toContain('47A');
    expect(second).toContain('PIOTRKOWSKA STREET, ŁÓDŹ');
    expect(second).toContain('3 3/8');
    const crowd = pages.slice(1, -1);
    expect(crowd.length).toBeGreaterThanOrEqual(2);
    for (const page of crowd.slice(1)) {
      expect(page).toContain('Sheet 2 of 3 (continued)');
      expect(page).toContain('47A');
      // The synopsis is on the sheet's first page only.
      expect(page).not.toContain('SYNOPSIS');
    }
    const crowdText = crowd.join('\n');
    expect(crowdText).toContain('BACKGROUND (CONTINUED)');
    // Every element made it onto some page.
    for (const text of ['24. CHARACTER 24', 'Parade marcher 70', 'Float 12', 'Banner 30']) {
      expect(crowdText).toContain(text);
    }
    expect(crowdText).toContain('SECURITY');

    const last = pages.at(-1) ?? '';
    expect(last).toContain('Sheet 3 of 3');
    expect(last).toContain('No elements tagged in this scene.');
    expect(last).toMatch(/48\s+INT\s+—\s+1\/8\s+63/);
  });

  it('is byte-for-byte deterministic', async () => {
    const again = await renderBreakdownSheetsPdf(input);
    expect(Buffer.from(again).equals(Buffer.from(await rendered))).toBe(true);
  });

  it('splits one category longer than a page across pages and cuts an over-long item', async () => {
    const [first] = input.sheets;
    if (first === undefined) throw new Error('fixture has sheets');
    const [background] = first.categories.filter((c) => c.category === 'background');
    if (background === undefined) throw new Error('fixture has background');
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const items = Array.from({ length: 150 }, (_, i) => ({
      elementId: `bg-${i}`,
      name: `Extra ${i + 1}`,
      castNumber: null,
      label: i === 0 ? long : `Extra ${i + 1}`,
    }));
    const bytes = await renderBreakdownSheetsPdf({
      ...input,
      sheets: [{ ...first, categories: [{ ...background, items }] }],
    });
    expect(pageCount(bytes)).toBeGreaterThanOrEqual(2);
    if (!HAS_PDFTOTEXT) return;
    const all = pagesText(bytes, 'long').join('\n');
    expect(all).toContain('word0');
    expect(all).not.toContain('word199');
    expect(all).toContain('…');
    for (const n of [2, 75, 150]) expect(all).toMatch(new RegExp(`Extra ${n}\\b`));
  });

  it('renders no sheets as one page that says so', async () => {
    const bytes = await renderBreakdownSheetsPdf({ ...input, scriptTitle: null, sheets: [] });
    expect(pageCount(bytes)).toBe(1);
    if (HAS_PDFTOTEXT) {
      const [page = ''] = pagesText(bytes, 'empty');
      expect(page).toContain('There are no scenes to break down.');
      expect(page).toContain('Page 1 of 1');
    }
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBudgetReport, computeBudget, instant, type Budget } from '@greenlight/domain';
import { randomBudget, SMALL_BUDGET } from '@greenlight/domain/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from './render-report-pdf.js';

// As in render-report-pdf.test.ts: the text checks need pdftotext (poppler-utils); without it only
// the bytes are checked.
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const workDir = mkdtempSync(path.join(tmpdir(), 'greenlight-budget-pdf-'));
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

const render = async (budget: Budget): Promise<Uint8Array> => {
  const computed = computeBudget(budget);
  if (!computed.ok) throw computed.error;
  return renderReportPdf(
    buildBudgetReport(computed.value, {
      title: 'Nocturne in Łódź',
      version: 'Draft 2',
      generatedAt: instant('2026-11-24T17:31:51Z'),
      timeZone: 'Europe/Warsaw',
    }),
  );
};

describe('the budget as a PDF (top sheet and detail)', () => {
  it('prints the top sheet with the grand total, and each line with its fringes', async () => {
    const bytes = await render(SMALL_BUDGET);
    const text = raw(bytes);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    if (!HAS_PDFTOTEXT) return;
    const pages = pagesText(bytes, 'small-budget');
    const all = pages.join('\n');
    expect(pages[0]).toContain('Nocturne in Łódź · Draft 2');
    expect(pages[0]).toMatch(/GRAND TOTAL/);
    expect(pages[0]).toContain('$769,090.56');
    expect(all).toMatch(/Top sheet · Above the line/);
    expect(all).toMatch(/1500\s+Cast\s+\$290,000\.00\s+\$0\.00\s+\$290,000\.00/);
    expect(all).toMatch(/Total above the line\s+\$502,360\.00/);
    expect(all).toMatch(/Subtotal\s+\$685,463\.95/);
    expect(all).toMatch(/Contingency\s+10%\s+\$685,463\.95\s+\$68,546\.40/);
    expect(all).toMatch(/Completion bond\s+2%\s+\$754,010\.35\s+\$15,080\.21/);
    expect(all).toMatch(/Grand total\s+\$769,090\.56/);
    // The detail: a line, the fringes it carries, and where they are totalled.
    expect(all).toContain('1500 Cast · Above the line · fringes carried to 1900');
    expect(all).toMatch(/Lead actor\s+20\s+Days\s+1\s+\$2,000\.00\s+\$40,000\.00/);
    expect(all).toMatch(/\+ Payroll taxes \(7\.65%\)\s+\$3,060\.00/);
    expect(all).toMatch(/\+ Health & welfare \(\$45\.00 per day\)\s+\$900\.00/);
    expect(all).toMatch(
      /Camera package · €20,000\.00 at 1\.085\s+4\s+Weeks\s+1\s+€5,000\.00\s+\$21,700\.00/,
    );
    expect(all).toMatch(/Director of photography\s+20 \(CREW_DAYS\)/);
    expect(all).toContain('1900 ATL Fringes · Above the line');
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('runs a 600-line budget over many pages, deterministically', async () => {
    const budget = randomBudget(7, 600);
    const bytes = await render(budget);
    expect(pageCount(bytes)).toBeGreaterThan(10);
    expect(Buffer.from(await render(budget)).equals(Buffer.from(bytes))).toBe(true);
  });
});

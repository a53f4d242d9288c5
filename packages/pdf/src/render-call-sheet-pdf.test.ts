import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { calendarDate, instant, type CallSheet, type CallSheetScene } from '@greenlight/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCallSheetPdf, type CallSheetPdfInput } from './render-call-sheet-pdf.js';

// As in render-report-pdf.test.ts: the text checks need pdftotext (poppler-utils), which CI installs.
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const workDir = mkdtempSync(path.join(tmpdir(), 'greenlight-call-sheet-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const pagesText = (bytes: Uint8Array, name: string): string[] => {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '');
};
const pageCount = (bytes: Uint8Array): number =>
  Buffer.from(bytes)
    .toString('latin1')
    .match(/\/Type \/Page(?!s)/g)?.length ?? 0;

const scene = (number: string, set: string, eighths: number, cast: number[]): CallSheetScene => ({
  sceneId: number,
  number,
  set,
  intExt: 'EXT',
  time: 'DAY',
  eighths,
  castNumbers: cast,
  description: `Scene ${number} happens at the ${set.toLowerCase()}`,
});

const SHEET: CallSheet = {
  productionTitle: 'The Harbour Light',
  dayNumber: 12,
  totalDays: 38,
  date: calendarDate('2027-03-02'),
  generalCrewCall: '07:00',
  shootingCall: '08:00',
  weather: 'Overcast, 9 °C, wind 20 km/h W',
  sun: {
    kind: 'rises-and-sets',
    sunrise: '2027-03-02T06:34',
    sunset: '2027-03-02T17:24',
    daylightMinutes: 650,
  },
  locations: [
    {
      name: 'Gdynia lighthouse',
      address: 'Bulwar Nadmorski, 81-374 Gdynia',
      parking: 'Unit base in the marina car park',
      point: { latitude: 54.5189, longitude: 18.5305 },
      sets: ['Lighthouse'],
      mapLink: 'https://www.google.com/maps/search/?api=1&query=54.518900%2C18.530500',
    },
  ],
  nearestHospital: {
    name: 'Szpital Miejski',
    address: 'Powstania Styczniowego 1',
    phone: '+48 58 72 60 100',
  },
  scenes: [scene('3', 'Lighthouse', 10, [2, 3]), scene('14A', 'Lighthouse stairs', 5, [3])],
  eighths: 15,
  cast: [
    {
      castNumber: 2,
      character: 'TOM',
      performer: 'Piotr Łódź',
      status: 'WF',
      pickup: null,
      hairMakeup: '06:45',
      wardrobe: '07:15',
      onSet: '08:00',
      note: '',
    },
    {
      castNumber: 3,
      character: 'ADA',
      performer: 'Ines Kowal',
      status: 'SW',
      pickup: '06:15',
      hairMakeup: '06:45',
      wardrobe: '07:30',
      onSet: '08:00',
      note: 'Stunt double on set',
    },
  ],
  background: [{ description: 'Harbour workers', count: 12, call: '07:30' }],
  crewCalls: [
    { department: 'Camera', position: 'Director of photography', name: 'Ola Nowak', call: '06:30' },
  ],
  notes: 'Tide is high at 11:20.',
  safety: 'Life jackets on the pier.',
  advance: [
    {
      dayNumber: 13,
      date: calendarDate('2027-03-03'),
      scenes: [scene('4', 'Harbour wall', 8, [1, 3])],
      eighths: 8,
    },
  ],
};

const input = (over: Partial<CallSheetPdfInput> = {}): CallSheetPdfInput => ({
  sheet: SHEET,
  revision: null,
  generatedAt: instant('2027-03-01T17:00:00Z'),
  footer: 'Published by Leo Marsh, 1 Mar 2027, 18:00',
  ...over,
});

describe('renderCallSheetPdf', () => {
  it('prints the day on one page, the same bytes each time', async () => {
    const bytes = await renderCallSheetPdf(input());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(bytes)).toBe(1);
    expect(Buffer.from(await renderCallSheetPdf(input())).equals(Buffer.from(bytes))).toBe(true);
  });

  it.runIf(HAS_PDFTOTEXT)(
    'has the calls, the scenes, the cast and the advance schedule in its text',
    async () => {
      const [page] = pagesText(await renderCallSheetPdf(input()), 'first');
      for (const expected of [
        'The Harbour Light',
        'CALL SHEET',
        'Day 12 of 38',
        'Tuesday 2 March 2027',
        'CREW CALL',
        '07:00',
        'Sunrise 06:34 · Sunset 17:24',
        'Bulwar Nadmorski, 81-374 Gdynia',
        'Szpital Miejski',
        'Lighthouse stairs',
        '1 7/8',
        'Piotr Łódź',
        'Stunt double on set',
        'Harbour workers',
        'Director of photography',
        'Life jackets on the pier.',
        'Day 13 · Wed 3 Mar',
      ])
        expect(page).toContain(expected);
    },
  );

  it.runIf(HAS_PDFTOTEXT)('says a revision is one, and what changed', async () => {
    const bytes = await renderCallSheetPdf(
      input({ revision: { number: 2, changes: ['Crew call 07:00 → 06:30'] } }),
    );
    const [page] = pagesText(bytes, 'revised');
    expect(page).toContain('CALL SHEET · REVISED #2');
    expect(page).toContain('What changed: Crew call 07:00 → 06:30');
  });

  it('continues a long day on a second page rather than cutting it', async () => {
    const scenes = Array.from({ length: 60 }, (_, i) =>
      scene(String(i + 1), `Set ${i + 1}`, 4, [1]),
    );
    const bytes = await renderCallSheetPdf(input({ sheet: { ...SHEET, scenes } }));
    expect(pageCount(bytes)).toBeGreaterThan(1);
  });
});

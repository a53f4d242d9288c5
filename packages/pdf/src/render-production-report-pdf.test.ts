import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { calendarDate, instant, type ProductionReport } from '@greenlight/domain';
import { afterAll, describe, expect, it } from 'vitest';
import {
  renderProductionReportPdf,
  scheduleWords,
  screenTime,
  type ProductionReportPdfInput,
} from './render-production-report-pdf.js';

// As in render-report-pdf.test.ts: the text checks need pdftotext (poppler-utils), which CI installs.
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const workDir = mkdtempSync(path.join(tmpdir(), 'greenlight-production-report-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const pagesText = (bytes: Uint8Array, name: string): string => {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
};

const REPORT: ProductionReport = {
  productionTitle: 'The Harbour Light',
  dayNumber: 2,
  totalDays: 4,
  date: calendarDate('2027-03-02'),
  plannedCrewCall: '07:00',
  plannedShootingCall: '08:00',
  times: {
    crewCall: '07:00',
    firstShot: '08:12',
    firstMealOut: '13:00',
    firstMealIn: '13:30',
    secondMealOut: null,
    secondMealIn: null,
    cameraWrap: '24:20',
    companyWrap: '25:05',
  },
  scenes: [
    {
      sceneId: 's3',
      number: '3',
      set: 'Lighthouse',
      intExt: 'INT',
      time: 'DAY',
      eighths: 10,
      planned: true,
      status: 'completed',
      eighthsShot: 10,
      secondsShot: 75,
      setups: 5,
      retakes: 1,
    },
    {
      sceneId: 's2',
      number: '2',
      set: 'Harbour wall',
      intExt: 'EXT',
      time: 'NIGHT',
      eighths: 6,
      planned: false,
      status: 'completed',
      eighthsShot: 3,
      secondsShot: 60,
      setups: 3,
      retakes: 0,
    },
  ],
  today: {
    scenesPlanned: 1,
    eighthsPlanned: 10,
    completed: 1,
    partShot: 0,
    notShot: 0,
    added: 1,
    eighthsShot: 13,
    secondsShot: 135,
    setups: 8,
    retakes: 1,
  },
  totals: {
    script: { scenes: 5, eighths: 40, seconds: 300 },
    previously: { scenes: 1, eighths: 15, seconds: 120 },
    today: { scenes: 2, eighths: 13, seconds: 135 },
    toDate: { scenes: 3, eighths: 28, seconds: 255 },
    remaining: { scenes: 2, eighths: 12, seconds: 45 },
    setupsPreviously: 7,
    setupsToDate: 15,
  },
  schedule: {
    scenesPlannedToDate: 3,
    scenesShotToDate: 3,
    eighthsPlannedToDate: 32,
    eighthsShotToDate: 28,
    eighthsAhead: -4,
    daysAhead: -0.4,
    verdict: 'behind',
  },
  cast: [
    {
      castNumber: 1,
      character: 'NORA',
      performer: 'Margot Lane',
      status: 'H',
      pickup: null,
      arrived: null,
      makeup: null,
      onSet: null,
      firstMealOut: null,
      firstMealIn: null,
      secondMealOut: null,
      secondMealIn: null,
      wrap: null,
      returned: null,
    },
    {
      castNumber: 2,
      character: 'TOM',
      performer: 'Piotr Łódź',
      status: 'WF',
      pickup: '06:00',
      arrived: '06:30',
      makeup: '06:35',
      onSet: '08:00',
      firstMealOut: '13:00',
      firstMealIn: '13:30',
      secondMealOut: null,
      secondMealIn: null,
      wrap: '19:10',
      returned: '19:45',
    },
  ],
  crew: [
    { department: 'Camera', count: 4 },
    { department: 'Grip', count: 3 },
  ],
  crewTotal: 7,
  background: 12,
  cameraRolls: 'A004–A007',
  soundRolls: 'S002',
  delays: [{ minutes: 25, reason: 'Rain squall over the harbour' }],
  delayMinutes: 25,
  incidents: [
    { time: '15:40', description: 'Grip twisted an ankle on the stairs; first aid on set' },
  ],
  notes: 'Tide high at 11:20.',
};

const input = (over: Partial<ProductionReportPdfInput> = {}): ProductionReportPdfInput => ({
  report: REPORT,
  credits: [
    { role: 'Director', name: 'Maja Wren' },
    { role: 'UPM', name: 'Ursula Dane' },
  ],
  signature: { by: 'Ursula Dane', at: '2 Mar 2027, 22:10' },
  revision: 1,
  generatedAt: instant('2027-03-02T21:10:00Z'),
  footer: 'Signed by Ursula Dane, 2 Mar 2027, 22:10 (Europe/Warsaw)',
  ...over,
});

describe('renderProductionReportPdf', () => {
  it('renders a PDF, the same bytes each time', async () => {
    const bytes = await renderProductionReportPdf(input());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(await renderProductionReportPdf(input())).equals(Buffer.from(bytes))).toBe(
      true,
    );
  });

  it('words screen time and the standing', () => {
    expect(screenTime(135)).toBe('2:15');
    expect(scheduleWords(REPORT)).toBe('Behind 4/8 pages (0.4 days)');
  });

  it.runIf(HAS_PDFTOTEXT)(
    'has the day, the scenes, the totals, the cast and the signature',
    async () => {
      const text = pagesText(await renderProductionReportPdf(input()), 'signed');
      for (const expected of [
        'The Harbour Light',
        'DAILY PRODUCTION REPORT',
        'Day 2 of 4',
        'Tuesday 2 March 2027',
        'Director: Maja Wren',
        'First shot 08:12',
        'Company wrap 25:05',
        'Behind 4/8 pages (0.4 days)',
        'Lighthouse',
        'added',
        '1 5/8',
        '3 4/8',
        '2:15',
        'Piotr Łódź',
        'WF',
        '13:00–13:30',
        'Camera 4',
        'A004–A007',
        'Rain squall over the harbour',
        'Grip twisted an ankle',
        'Signed by Ursula Dane, 2 Mar 2027, 22:10',
      ])
        expect(text).toContain(expected);
    },
  );

  it.runIf(HAS_PDFTOTEXT)(
    'says a correction is one, and an unsigned report is not signed',
    async () => {
      const text = pagesText(
        await renderProductionReportPdf(input({ revision: 2, signature: null })),
        'draft',
      );
      expect(text).toContain('CORRECTION #1');
      expect(text).toContain('Not signed.');
    },
  );
});

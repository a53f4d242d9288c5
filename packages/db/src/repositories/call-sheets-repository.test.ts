import {
  calendarDate,
  instant,
  type CallSheet,
  type CallSheetDetails,
  type Person,
  type Production,
} from '@greenlight/domain';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

const DETAILS: CallSheetDetails = {
  generalCrewCall: '07:00',
  shootingCall: '08:00',
  weather: 'Fog clearing by ten, 14 °C',
  locations: [
    {
      name: 'Berth 57',
      address: 'Port of San Pedro, Berth 57, San Pedro CA',
      parking: 'Crew parking at the Ports O’Call lot',
      point: { latitude: 33.7361, longitude: -118.2789 },
      sets: ['HARBOUR QUAY'],
    },
  ],
  nearestHospital: {
    name: 'Providence Little Company of Mary',
    address: '1300 W 7th St, San Pedro',
    phone: '+1 310 832 3311',
  },
  castCalls: [
    {
      castNumber: 1,
      pickup: '05:45',
      hairMakeup: '06:15',
      wardrobe: '06:45',
      onSet: null,
      note: '',
    },
  ],
  background: [{ description: 'Dockworkers', count: 6, call: '07:30' }],
  crewCalls: [{ department: 'Camera', position: 'DP', name: 'Hugo Lindqvist', call: '06:30' }],
  notes: 'Closed set.',
  safety: 'Life jackets on the quay edge.',
};

const sheetFor = (date: string, crewCall: string): CallSheet => ({
  productionTitle: 'Repository Test',
  dayNumber: 1,
  totalDays: 2,
  date: calendarDate(date),
  generalCrewCall: crewCall,
  shootingCall: null,
  weather: '',
  sun: null,
  locations: [],
  nearestHospital: null,
  scenes: [],
  eighths: 0,
  cast: [],
  background: [],
  crewCalls: [],
  notes: '',
  safety: '',
  advance: [],
});

const newHash = (): string =>
  createHash('sha256').update(randomBytes(32).toString('base64url')).digest('hex');

describe(`call sheets repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  let production: Production;
  let office: Person;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
    production = await seedProduction(repos);
    office = await seedPerson(repos, 'Production Office');
  });
  afterAll(() => database.close());

  const date = calendarDate('2027-01-14');
  const at = (iso: string) => instant(iso);

  it('saves a day’s details whole and refuses a save from a stale version', async () => {
    expect(await repos.callSheets.getDraft(production.id, date)).toBeNull();
    const first = await repos.callSheets.saveDraft({
      productionId: production.id,
      date,
      details: DETAILS,
      expectedVersion: 0,
      by: office.id,
      now: at('2027-01-10T09:00:00Z'),
    });
    expect(first).toEqual({
      productionId: production.id,
      date: '2027-01-14',
      details: DETAILS,
      version: 1,
      updatedAt: '2027-01-10T09:00:00.000Z',
      updatedBy: office.id,
    });
    const second = await repos.callSheets.saveDraft({
      productionId: production.id,
      date,
      details: { ...DETAILS, weather: 'Rain' },
      expectedVersion: 1,
      by: office.id,
      now: at('2027-01-10T10:00:00Z'),
    });
    expect(second.version).toBe(2);
    expect((await repos.callSheets.getDraft(production.id, date))?.details.weather).toBe('Rain');
    // Someone who loaded version 1, and someone who thought the day was new, are both too late.
    for (const expectedVersion of [1, 0])
      await expect(
        repos.callSheets.saveDraft({
          productionId: production.id,
          date,
          details: DETAILS,
          expectedVersion,
          by: office.id,
          now: at('2027-01-10T11:00:00Z'),
        }),
      ).rejects.toMatchObject({ code: 'conflict' });
    expect(
      (await repos.callSheets.listDrafts(production.id)).map((d) => [d.date, d.version]),
    ).toEqual([['2027-01-14', 2]]);
    expect(await repos.callSheets.getDraft('not-a-uuid' as Production['id'], date)).toBeNull();
  });

  it('numbers the issues of a day and keeps their recipients, confirmations and delivery', async () => {
    const recipient = (name: string, email: string) => ({
      personId: null,
      name,
      email,
      tokenHash: newHash(),
    });
    const zoe = recipient('Zoë Łódź', 'zoe@example.com');
    const first = await repos.callSheets.publish({
      productionId: production.id,
      date,
      sheet: sheetFor(date, '07:00'),
      changes: [],
      publishedBy: office.id,
      now: at('2027-01-13T18:00:00Z'),
      recipients: [zoe, { ...recipient('Ann Bell', 'ann@example.com'), personId: office.id }],
    });
    expect(first.publication).toMatchObject({ revision: 1, changes: [], publishedBy: office.id });
    expect(first.publication.sheet.generalCrewCall).toBe('07:00');
    expect(first.recipients.map((r) => r.name)).toEqual(['Ann Bell', 'Zoë Łódź']);
    expect(first.recipients[0]).toMatchObject({
      personId: office.id,
      sentAt: null,
      sendError: null,
      confirmedAt: null,
    });

    const ann = first.recipients[0]?.id ?? '';
    const zoeId = first.recipients[1]?.id ?? '';
    await repos.callSheets.recordDelivery(ann, { sentAt: at('2027-01-13T18:00:05Z') });
    await repos.callSheets.recordDelivery(zoeId, { error: '550 mailbox unavailable' });
    const found = await repos.callSheets.findByToken(zoe.tokenHash);
    expect(found?.publication.id).toBe(first.publication.id);
    expect(found?.recipient).toMatchObject({
      name: 'Zoë Łódź',
      sendError: '550 mailbox unavailable',
    });
    expect(await repos.callSheets.findByToken(newHash())).toBeNull();

    const confirmed = await repos.callSheets.confirm(zoeId, at('2027-01-13T19:00:00Z'));
    expect(confirmed?.confirmedAt).toBe('2027-01-13T19:00:00.000Z');
    // Confirming again keeps the first moment.
    const again = await repos.callSheets.confirm(zoeId, at('2027-01-13T20:00:00Z'));
    expect(again?.confirmedAt).toBe('2027-01-13T19:00:00.000Z');

    const revised = await repos.callSheets.publish({
      productionId: production.id,
      date,
      sheet: sheetFor(date, '06:30'),
      changes: ['Crew call 07:00 → 06:30'],
      publishedBy: office.id,
      now: at('2027-01-13T21:00:00Z'),
      recipients: [recipient('Ann Bell', 'ann@example.com')],
    });
    expect(revised.publication).toMatchObject({
      revision: 2,
      changes: ['Crew call 07:00 → 06:30'],
    });
    expect((await repos.callSheets.latestPublication(production.id, date))?.id).toBe(
      revised.publication.id,
    );
    expect(await repos.callSheets.listRecipients(first.publication.id)).toHaveLength(2);

    // The day's latest issue, with its confirmations (none yet on revision 2).
    const other = calendarDate('2027-01-15');
    await repos.callSheets.publish({
      productionId: production.id,
      date: other,
      sheet: sheetFor(other, '07:00'),
      changes: [],
      publishedBy: null,
      now: at('2027-01-14T18:00:00Z'),
      recipients: [],
    });
    expect(await repos.callSheets.listLatestIssues(production.id)).toEqual([
      {
        date: '2027-01-14',
        publicationId: revised.publication.id,
        revision: 2,
        publishedAt: '2027-01-13T21:00:00.000Z',
        recipients: 1,
        confirmed: 0,
      },
      {
        date: '2027-01-15',
        publicationId: expect.any(String),
        revision: 1,
        publishedAt: '2027-01-14T18:00:00.000Z',
        recipients: 0,
        confirmed: 0,
      },
    ]);
  });

  it('refuses a raw token, and forgets a deleted production’s call sheets', async () => {
    const doomed = await seedProduction(repos, { title: 'Doomed' });
    await expect(
      repos.callSheets.publish({
        productionId: doomed.id,
        date,
        sheet: sheetFor(date, '07:00'),
        changes: [],
        publishedBy: null,
        now: at('2027-01-13T18:00:00Z'),
        recipients: [{ personId: null, name: 'A', email: 'a@example.com', tokenHash: 'raw' }],
      }),
    ).rejects.toMatchObject({ code: 'internal' });
    const tokenHash = newHash();
    await repos.callSheets.publish({
      productionId: doomed.id,
      date,
      sheet: sheetFor(date, '07:00'),
      changes: [],
      publishedBy: null,
      now: at('2027-01-13T18:00:00Z'),
      recipients: [{ personId: null, name: 'A', email: 'a@example.com', tokenHash }],
    });
    await database.kysely.deleteFrom('productions').where('id', '=', doomed.id).execute();
    expect(await repos.callSheets.findByToken(tokenHash)).toBeNull();
    expect(await repos.callSheets.listLatestIssues(doomed.id)).toEqual([]);
  });
});

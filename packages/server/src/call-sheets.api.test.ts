import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResultDto, CallSheetDetailsDto } from '@greenlight/contract';
import type { Role } from '@greenlight/domain';
import { createSmtpMailer } from './mail/smtp-mailer.js';
import type { Mailer } from './mail/mailer.js';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

// As in the pdf package's tests: the text checks need pdftotext (poppler-utils), which CI installs.
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const workDir = mkdtempSync(path.join(tmpdir(), 'greenlight-call-sheets-'));

const pdfText = (bytes: Uint8Array, name: string): string => {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
};

type Received = {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly { filename: string; contentType: string; content: Buffer }[];
};

/**
 * A real SMTP server on the loopback interface, as a mail sink: it asks for a password (as a provider would),
 * refuses the addresses in `refusing` at RCPT TO, and keeps every message it accepts, parsed.
 */
const startSmtpSink = async () => {
  const received: Received[] = [];
  const refusing = new Set<string>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === 'sheets' && auth.password === 's3cret'
        ? callback(null, { user: auth.username })
        : callback(new Error('Invalid username or password')),
    onRcptTo: (address, _session, callback) =>
      refusing.has(address.address)
        ? callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
        : callback(),
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
            received.push({
              to: to?.value[0]?.address ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              attachments: mail.attachments.map((a) => ({
                filename: a.filename ?? '',
                contentType: a.contentType,
                content: a.content,
              })),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    refusing,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** The demo team with an email who may see the schedule: everyone but the financier's representative. */
const RECIPIENTS = 13;

const resultOf = (result: ActionResultDto): Record<string, unknown> => {
  if (result.outcome !== 'allowed') throw new Error(`Expected allowed, got ${result.outcome}`);
  return result.result as Record<string, unknown>;
};

const linkIn = (text: string): string => {
  const link = /https?:\/\/\S+\/call-sheet-confirmations\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (link === undefined) throw new Error(`No confirmation link in ${text}`);
  return link;
};

describe('call sheets over HTTP: prepare, publish by email, confirm, revise', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let mailer: Mailer;
  let t: DemoTestApp;
  beforeAll(async () => {
    sink = await startSmtpSink();
    mailer = createSmtpMailer({
      url: `smtp://sheets:s3cret@127.0.0.1:${sink.port}`,
      from: 'The Harbour Light <office@harbourlight.example>',
    });
    t = await createDemoTestApp({ overrides: { mailer } });
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await mailer.close();
    await sink.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  const day = (date: string) => ({ productionId: t.productionId, date });
  const view = async (date: string, as: Role = 'line-producer') =>
    (await t.call('callSheet', { params: day(date) }, await t.as(as))).ok();
  const list = async (as: Role = 'crew') =>
    (await t.call('callSheets', { params: { productionId: t.productionId } }, await t.as(as))).ok();
  const save = async (as: Role, date: string, version: number, details: CallSheetDetailsDto) =>
    t.call('saveCallSheet', { params: day(date), body: { version, details } }, await t.as(as));
  const publish = async (as: Role, date: string, version: number) =>
    t.call('publishCallSheet', { params: day(date), body: { version } }, await t.as(as));
  const open = (link: string) => t.app.inject({ method: 'GET', url: new URL(link).pathname });

  it('lists the shooting board’s days: the demo published day 1 (3 confirmed) and drafted day 2', async () => {
    const { days, boardId } = await list();
    expect(boardId).not.toBeNull();
    expect(days.length).toBeGreaterThan(2);
    const [first, second, third] = days;
    expect(first).toMatchObject({ dayNumber: 1, status: 'published', revision: 1, confirmed: 3 });
    expect(first?.recipients).toBe(RECIPIENTS);
    expect(second).toMatchObject({ dayNumber: 2, status: 'draft', revision: null, recipients: 0 });
    expect(third).toMatchObject({ dayNumber: 3, status: 'none' });
    // Nothing reached the sink: the demo keeps its emails in an outbox of its own.
    expect(sink.received).toHaveLength(0);

    const one = await view(first?.date ?? '', 'cast');
    expect(one.sheet).toMatchObject({ productionTitle: 'The Harbour Light', dayNumber: 1 });
    expect(one.sheet.sun?.kind).toBe('rises-and-sets');
    expect(one.sheet.locations[0]?.mapLink).toMatch(/^https:\/\/www\.google\.com\/maps\//);
    expect(one.latest?.recipients.map((r) => r.status).sort()).toEqual([
      ...Array<string>(3).fill('confirmed'),
      ...Array<string>(RECIPIENTS - 3).fill('sent'),
    ]);
    expect(one.latest?.recipients.some((r) => r.email === 'felix@harbourlight.example')).toBe(
      false,
    );
    expect(one.changesSinceLatest).toEqual([]);
  });

  it('refuses details that are not times, places or a shoot day, with clear 400s, 404s and 409s', async () => {
    const date = (await list()).days[2]?.date ?? '';
    const fresh = await view(date);
    expect(fresh.version).toBe(0);
    expect(fresh.details.generalCrewCall).toBe('07:00'); // the schedule's usual crew call
    const base = fresh.details;

    const badTime = await save('line-producer', date, 0, { ...base, generalCrewCall: '7am' });
    const error = badTime.error(400);
    expect(error.code).toBe('validation');
    expect(error.message).toContain('details.generalCrewCall');
    expect(error.message).toContain('HH:MM');

    const badPlace = await save('line-producer', date, 0, {
      ...base,
      locations: [
        {
          name: 'Somewhere',
          address: '',
          parking: '',
          point: { latitude: 95, longitude: 10 },
          sets: [],
        },
      ],
    });
    expect(badPlace.error(400).message).toContain('details.locations.0.point.latitude');

    const twice = await save('line-producer', date, 0, {
      ...base,
      castCalls: [1, 1].map((castNumber) => ({
        castNumber,
        pickup: null,
        hairMakeup: null,
        wardrobe: null,
        onSet: null,
        note: '',
      })),
    });
    expect(twice.error(400).message).toContain('each cast number may be called once');

    // A Saturday is not on the board.
    const saturday = await save('line-producer', '2027-01-16', 0, base);
    expect(saturday.error(404).message).toContain('not a shoot day');

    const saved = await save('production-manager', date, 0, { ...base, weather: 'Sunny' });
    expect(resultOf(saved.ok())).toEqual({ date, version: 1 });
    const stale = await save('line-producer', date, 0, { ...base, weather: 'Rain' });
    expect(stale.error(409).message).toContain('load it again');
    expect((await list()).days[2]).toMatchObject({ status: 'draft' });
  });

  it('lets the line producer publish and refuses or routes everyone else', async () => {
    const date = (await list()).days[1]?.date ?? '';
    const { version } = await view(date);
    const crew = await publish('crew', date, version);
    expect(crew.error(403).code).toBe('forbidden');
    const director = (await publish('director', date, version)).ok();
    expect(director.outcome).toBe('approval-requested');
    expect(sink.received).toHaveLength(0);
    // The director's request waits; it is withdrawn so the line producer's own issue is the first.
    if (director.outcome === 'approval-requested')
      (
        await t.call(
          'withdraw',
          { params: { requestId: director.request.id } },
          await t.as('director'),
        )
      ).ok();

    const stale = await publish('line-producer', date, version + 1);
    expect(stale.error(409).code).toBe('conflict');
    const published = resultOf((await publish('line-producer', date, version)).ok());
    expect(published).toMatchObject({
      revision: 1,
      changes: [],
      recipients: RECIPIENTS,
      sent: RECIPIENTS,
      failed: 0,
    });
  });

  it('emails each recipient through SMTP with the PDF and their own link, which confirms them', async () => {
    const date = (await list()).days[1]?.date ?? '';
    expect(sink.received).toHaveLength(RECIPIENTS);
    const ursula = sink.received.find((m) => m.to === 'ursula@harbourlight.example');
    if (ursula === undefined) throw new Error('The UPM got no email');
    expect(ursula.subject).toBe(
      'Call sheet: The Harbour Light, Day 2 of ' +
        String((await list()).days.length) +
        ', Fri 15 Jan 2027',
    );
    expect(ursula.attachments).toHaveLength(1);
    const [pdf] = ursula.attachments;
    expect(pdf?.filename).toBe(`call-sheet-day-2-${date}.pdf`);
    expect(pdf?.contentType).toBe('application/pdf');
    expect(pdf?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const link = linkIn(ursula.text);
    expect(ursula.html).toContain(link);
    // Everyone has a link of their own.
    expect(new Set(sink.received.map((m) => linkIn(m.text))).size).toBe(RECIPIENTS);

    // Opened without any session, as from a phone.
    const page = await open(link);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-disposition']).toBe('inline');
    expect(page.body).toContain(
      'Thanks, Ursula Grant: you confirmed the call sheet for Day 2, Fri 15 Jan 2027.',
    );
    const confirmedAt = (await view(date)).latest?.recipients.find(
      (r) => r.name === 'Ursula Grant',
    )?.confirmedAt;
    expect(confirmedAt).not.toBeNull();
    // Again is harmless and keeps the first moment.
    expect((await open(link)).statusCode).toBe(200);
    const after = await view(date);
    const statuses = new Map(after.latest?.recipients.map((r) => [r.name, r]));
    expect(statuses.get('Ursula Grant')).toMatchObject({ status: 'confirmed', confirmedAt });
    expect(statuses.get('Leo Brandt')).toMatchObject({ status: 'sent', confirmedAt: null });
    expect(after.latest?.confirmed).toBe(1);
    expect((await list()).days[1]).toMatchObject({
      status: 'published',
      confirmed: 1,
      recipients: RECIPIENTS,
    });

    const unknown = await open(link.replace(/[A-Za-z0-9_-]{8}$/, 'AAAAAAAA'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({
      error: { code: 'not-found', message: 'No such confirmation link' },
    });
  });

  it('revises after a change: the approval publishes it, the email and the PDF say REVISED and what changed', async () => {
    const date = (await list()).days[1]?.date ?? '';
    const before = await view(date);
    const saved = await save('line-producer', date, before.version, {
      ...before.details,
      generalCrewCall: '06:30',
    });
    expect(resultOf(saved.ok()).version).toBe(before.version + 1);
    const changed = await view(date);
    expect(changed.changesSinceLatest).toContain('Crew call 07:00 → 06:30');
    expect((await list()).days[1]?.editedSincePublished).toBe(true);

    // The camera operator's mailbox is refusing mail today.
    sink.refusing.add('casey@harbourlight.example');
    sink.received.length = 0;
    const asked = (await publish('producer', date, changed.version)).ok();
    if (asked.outcome !== 'approval-requested') throw new Error('The producer should ask first');
    expect(sink.received).toHaveLength(0);
    const approved = await t.call(
      'approve',
      { params: { requestId: asked.request.id }, body: { note: 'Go' } },
      await t.as('unit-production-manager'),
    );
    expect(approved.ok().status).toBe('approved');
    expect(sink.received).toHaveLength(RECIPIENTS - 1);
    const revised = sink.received.find((m) => m.to === 'leo@harbourlight.example');
    expect(revised?.subject).toMatch(
      /^REVISED call sheet \(revision 1\): The Harbour Light, Day 2 /,
    );
    expect(revised?.text).toContain('- Crew call 07:00 → 06:30');
    expect(revised?.attachments[0]?.filename).toBe(`call-sheet-day-2-${date}-rev-1.pdf`);

    const after = await view(date);
    expect(after.latest).toMatchObject({ revision: 2, changes: ['Crew call 07:00 → 06:30'] });
    expect(after.changesSinceLatest).toEqual([]);
    const casey = after.latest?.recipients.find((r) => r.email === 'casey@harbourlight.example');
    expect(casey?.status).toBe('failed');
    expect(casey?.sendError).toContain('Mailbox unavailable');
    expect((await list()).days[1]).toMatchObject({
      revision: 2,
      recipients: RECIPIENTS,
      confirmed: 0,
    });

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/call-sheets/${date}.pdf`,
      headers: { cookie: (await t.as('crew')).cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${date}.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (HAS_PDFTOTEXT) {
      const text = pdfText(pdf.rawPayload, 'revised');
      expect(text).toContain('REVISED');
      expect(text).toContain('Crew call 07:00 → 06:30');
      expect(text).toContain('Day 2 of');
    }
  });

  it('previews an unpublished day as a draft PDF and keeps strangers out', async () => {
    const date = (await list()).days[2]?.date ?? '';
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/call-sheets/${date}.pdf`,
      headers: { cookie: (await t.as('cast')).cookie },
    });
    expect(pdf.statusCode).toBe(200);
    if (HAS_PDFTOTEXT) {
      const text = pdfText(pdf.rawPayload, 'draft');
      expect(text).toContain('DRAFT, not published');
      expect(text).not.toContain('REVISED');
    }
    // The financier's representative may not see the schedule.
    const financier = await t.call(
      'callSheets',
      { params: { productionId: t.productionId } },
      await t.as('financier-representative'),
    );
    expect(financier.error(403).code).toBe('forbidden');
  });
});

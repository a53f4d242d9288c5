import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  ActionResultDto,
  ProductionReportDayDto,
  ProductionReportEntryDto,
} from '@greenlight/contract';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  type FakeCall,
  type FakeReply,
} from '../../testing/fake-api';
import { REPORT, REPORT_DATE, REPORT_DAY, REPORT_LIST } from '../../testing/production-report-day';
import { ProductionReportsTab } from './production-reports-tab';

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}/production-reports`;
const DAY_PATH = `${BASE}/${REPORT_DATE}`;

const allowed: ActionResultDto = {
  outcome: 'allowed',
  rule: 'The line producer prepares production reports',
  result: { date: REPORT_DATE, version: 4 },
};

/** A server with one day; the preview answers with the scenes completed; `write` answers the rest. */
const serve = (write: (call: FakeCall) => FakeReply, day: ProductionReportDayDto = REPORT_DAY) =>
  fakeFetch((call) => {
    if (call.method === 'GET' && call.path === BASE) return { status: 200, body: REPORT_LIST };
    if (call.method === 'GET' && call.path === DAY_PATH) return { status: 200, body: day };
    if (call.method === 'GET') return apiError(404, 'not-found', `unexpected GET ${call.path}`);
    if (call.path === `${DAY_PATH}/preview`) {
      const { entry } = call.body as { entry: ProductionReportEntryDto };
      const shot = entry.scenes.reduce((sum, s) => sum + s.eighthsShot, 0);
      if (entry.times.firstShot === '06:00')
        return apiError(400, 'validation', 'The first shot (06:00) is before the crew call');
      return {
        status: 200,
        body: {
          ...REPORT,
          today: { ...REPORT.today, eighthsShot: shot },
          totals: {
            ...REPORT.totals,
            toDate: { ...REPORT.totals.toDate, eighths: 6 + shot },
            remaining: { ...REPORT.totals.remaining, eighths: 10 - shot },
          },
          schedule: {
            ...REPORT.schedule,
            eighthsAhead: 6 + shot - 14,
            daysAhead: 0,
            verdict: 6 + shot >= 14 ? 'on schedule' : 'behind',
          },
        },
      };
    }
    return write(call);
  });

const goTo = (path: string) =>
  window.history.replaceState(
    null,
    '',
    `/productions/${TEST_PRODUCTION.id}/production-reports${path}`,
  );

const open = async (write: (call: FakeCall) => FakeReply, day?: ProductionReportDayDto) => {
  goTo(`/${REPORT_DATE}`);
  const server = serve(write, day);
  renderWithApi(<ProductionReportsTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
  await screen.findByTestId('report-totals');
  return server;
};

const text = (element: Element | null | undefined): string => element?.textContent ?? '';
const writes = (calls: readonly FakeCall[]) =>
  calls.filter((call) => call.method !== 'GET' && !call.path.endsWith('/preview'));

afterEach(() => {
  cleanup();
  goTo('');
});

describe('ProductionReportsTab', () => {
  it('lists the days with where each report stands', async () => {
    goTo('');
    renderWithApi(<ProductionReportsTab />, {
      fetch: serve(() => apiError(500, 'internal', 'no')).fetch,
      production: TEST_PRODUCTION,
    });
    const rows = await screen.findAllByTestId('production-report-day-row');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['signed', 'draft', 'none']);
    expect(text(rows[0])).toContain('Signed');
    expect(
      within(rows[1] as HTMLElement)
        .getByRole('link', { name: 'Day 2' })
        .getAttribute('href'),
    ).toBe(`/productions/${TEST_PRODUCTION.id}/production-reports/${REPORT_DATE}`);
  });

  it('updates the totals live as scenes are marked shot, and saves the entry at the loaded version', async () => {
    const server = await open(() => ({ status: 200, body: allowed }));
    expect(text(screen.getByTestId('report-standing'))).toBe('Behind 1 pages (1.5 days)');

    fireEvent.change(screen.getByLabelText('Scene 4 status'), { target: { value: 'completed' } });
    fireEvent.change(screen.getByLabelText('Scene 5 status'), { target: { value: 'part-shot' } });
    fireEvent.change(screen.getByLabelText('Scene 5 eighths shot'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Scene 4 minutes'), { target: { value: '1:30' } });
    fireEvent.change(screen.getByLabelText('First shot'), { target: { value: '08:10' } });
    fireEvent.change(screen.getByLabelText('Wrap for MARA'), { target: { value: '25:15' } });
    expect(text(screen.getByTestId('save-state'))).toContain('Unsaved changes');

    // Scene 4 completed fills in its 3/8; with 2/8 of scene 5 that is 5/8 today, 1 3/8 to date.
    await waitFor(() =>
      expect(text(screen.getByTestId('report-today'))).toContain('5/8 of 1 pages'),
    );
    const toDate = screen
      .getAllByTestId('report-totals-row')
      .find((row) => row.getAttribute('data-line') === 'Shot to date');
    expect(text(toDate)).toContain('1 3/8');

    fireEvent.click(screen.getByTestId('save-production-report'));
    await screen.findByTestId('action-outcome');
    const [put] = writes(server.calls);
    expect(put?.method).toBe('PUT');
    const body = put?.body as { version: number; entry: ProductionReportEntryDto };
    expect(body.version).toBe(3);
    expect(body.entry.scenes).toEqual([
      {
        sceneId: 's4',
        status: 'completed',
        eighthsShot: 3,
        secondsShot: 90,
        setups: 0,
        retakes: 0,
      },
      { sceneId: 's5', status: 'part-shot', eighthsShot: 2, secondsShot: 0, setups: 0, retakes: 0 },
    ]);
    expect(body.entry.times.firstShot).toBe('08:10');
    expect(body.entry.cast.find((c) => c.castNumber === 1)?.wrap).toBe('25:15');
  });

  it('says why the totals cannot be worked out while a time is out of order', async () => {
    await open(() => ({ status: 200, body: allowed }));
    fireEvent.change(screen.getByLabelText('First shot'), { target: { value: '06:00' } });
    expect(text(await screen.findByTestId('report-problem'))).toContain('before the crew call');
  });

  it('adds a scene shot today from the rest of the script', async () => {
    const server = await open(() => ({ status: 200, body: allowed }));
    fireEvent.change(screen.getByLabelText('Add a scene shot today'), { target: { value: 's6' } });
    const rows = screen.getAllByTestId('report-scene-row');
    expect(rows.map((r) => r.getAttribute('data-scene'))).toEqual(['4', '5', '6']);
    fireEvent.click(screen.getByTestId('save-production-report'));
    await screen.findByTestId('action-outcome');
    const body = writes(server.calls)[0]?.body as { entry: ProductionReportEntryDto };
    expect(body.entry.scenes[2]).toMatchObject({
      sceneId: 's6',
      status: 'completed',
      eighthsShot: 2,
    });
  });

  it('asks the UPM to sign a submitted report, at its version', async () => {
    const server = await open(() => ({ status: 201, body: allowed }), {
      ...REPORT_DAY,
      status: 'submitted',
      submittedBy: 'Leo Brandt',
      submittedAt: '2027-01-15T20:00:00.000Z',
    });
    const sign = screen.getByTestId('sign-production-report');
    expect(text(sign)).toBe('Ask the UPM to sign');
    fireEvent.click(sign);
    await screen.findByTestId('action-outcome');
    const [post] = writes(server.calls);
    expect(post?.path).toBe(`${DAY_PATH}/sign`);
    expect(post?.body).toEqual({ version: 3 });
  });

  it('shows a signed report read-only, with who signed it, and offers a correction', async () => {
    await open(() => ({ status: 201, body: allowed }), {
      ...REPORT_DAY,
      status: 'signed',
      signedBy: 'Ursula Grant',
      signedAt: '2027-01-15T21:00:00.000Z',
    });
    expect(text(screen.getByTestId('save-state'))).toContain('Signed — read-only');
    expect(screen.queryByTestId('save-production-report')).toBeNull();
    // Every input sits in a disabled fieldset (jsdom does not reflect that on the inputs themselves).
    expect(
      screen
        .getByLabelText('Scene 4 status')
        .closest('fieldset.pr-fieldset')
        ?.hasAttribute('disabled'),
    ).toBe(true);
    expect(text(screen.getByTestId('sign-state'))).toContain('Signed by Ursula Grant');
    expect(text(screen.getByTestId('correct-production-report'))).toBe('Start a correction');
  });
});

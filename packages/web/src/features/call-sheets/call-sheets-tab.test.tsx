import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ActionResultDto, CallSheetDayDto } from '@greenlight/contract';
import { CALL_SHEET_DATE, CALL_SHEET_DAY, CALL_SHEET_LIST } from '../../testing/call-sheet-day';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  type FakeCall,
  type FakeReply,
} from '../../testing/fake-api';
import { CallSheetsTab } from './call-sheets-tab';

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}/call-sheets`;
const DAY_PATH = `${BASE}/${CALL_SHEET_DATE}`;

/** A server with one day; `write` answers the PUT and POST. */
const serve = (write: (call: FakeCall) => FakeReply, day: CallSheetDayDto = CALL_SHEET_DAY) =>
  fakeFetch((call) => {
    if (call.method === 'GET' && call.path === BASE) return { status: 200, body: CALL_SHEET_LIST };
    if (call.method === 'GET' && call.path === DAY_PATH) return { status: 200, body: day };
    if (call.method === 'GET') return apiError(404, 'not-found', `unexpected GET ${call.path}`);
    return write(call);
  });

const goTo = (path: string) =>
  window.history.replaceState(null, '', `/productions/${TEST_PRODUCTION.id}/call-sheets${path}`);

const open = async (write: (call: FakeCall) => FakeReply, day?: CallSheetDayDto) => {
  goTo(`/${CALL_SHEET_DATE}`);
  const server = serve(write, day);
  renderWithApi(<CallSheetsTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
  await screen.findByTestId('call-sheet-preview');
  return server;
};

/** An element's text, for matchers without jest-dom. */
const text = (element: Element | null | undefined): string => element?.textContent ?? '';

/** The text of what `aria-describedby` points at: the field's error. */
const describedBy = (element: Element): string =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => text(document.getElementById(id)))
    .join(' ');

const writes = (calls: readonly FakeCall[]) => calls.filter((call) => call.method !== 'GET');

afterEach(() => {
  cleanup();
  goTo('');
});

describe('CallSheetsTab', () => {
  it('lists the days with their status and confirmations', async () => {
    goTo('');
    renderWithApi(<CallSheetsTab />, {
      fetch: serve(() => apiError(500, 'internal', 'no')).fetch,
      production: TEST_PRODUCTION,
    });
    const rows = await screen.findAllByTestId('call-sheet-day-row');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual([
      'published',
      'draft',
      'none',
    ]);
    expect(text(rows[0])).toContain('Published rev 2');
    expect(text(rows[0])).toContain('Edited since');
    expect(text(within(rows[0] as HTMLElement).getByTestId('day-confirmations'))).toContain(
      '3 / 13',
    );
    expect(
      within(rows[1] as HTMLElement)
        .getByRole('link', { name: 'Day 2' })
        .getAttribute('href'),
    ).toBe(`/productions/${TEST_PRODUCTION.id}/call-sheets/${CALL_SHEET_DATE}`);
  });

  it('previews typed values as unsaved, and saves the details at the loaded version', async () => {
    const allowed: ActionResultDto = {
      outcome: 'allowed',
      rule: 'The line producer edits call sheets',
      result: { date: CALL_SHEET_DATE, version: 5 },
    };
    const server = await open(() => ({ status: 200, body: allowed }));
    expect(text(screen.getByTestId('preview-crew-call'))).toContain('07:00');

    fireEvent.change(screen.getByLabelText('General crew call'), { target: { value: '06:30' } });
    fireEvent.change(screen.getByLabelText('Wardrobe for TOMAS'), { target: { value: '06:45' } });
    await waitFor(() => expect(text(screen.getByTestId('preview-crew-call'))).toContain('06:30'));
    expect(screen.getByTestId('preview-unsaved').isConnected).toBe(true);
    expect(text(screen.getByTestId('save-state'))).toContain('Unsaved changes');
    expect(screen.getByTestId<HTMLButtonElement>('publish-call-sheet').disabled).toBe(true);

    fireEvent.click(screen.getByTestId('save-call-sheet'));
    await screen.findByText('Saved the call sheet for day 2');
    const [put] = writes(server.calls);
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(DAY_PATH);
    expect(put?.body).toEqual({
      version: 4,
      details: {
        ...CALL_SHEET_DAY.details,
        generalCrewCall: '06:30',
        castCalls: [
          ...CALL_SHEET_DAY.details.castCalls,
          {
            castNumber: 2,
            pickup: null,
            hairMakeup: null,
            wardrobe: '06:45',
            onSet: null,
            note: '',
          },
        ],
      },
    });
  });

  it('keeps an invalid form from saving and says which fields', async () => {
    const server = await open(() => apiError(500, 'internal', 'should not be called'));
    fireEvent.change(screen.getByLabelText('General crew call'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Location 1 latitude'), { target: { value: 'north' } });
    fireEvent.click(screen.getByRole('button', { name: '+ Add a crew call' }));
    fireEvent.click(screen.getByTestId('save-call-sheet'));

    expect(text(await screen.findByTestId('call-sheet-errors'))).toContain('3 fields need fixing');
    expect(screen.getByLabelText('General crew call').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter the general crew call').isConnected).toBe(true);
    expect(screen.getByText('A latitude from -90 to 90, such as 33.7206').isConnected).toBe(true);
    expect(describedBy(screen.getByLabelText('Crew 2 department'))).toBe('Which department?');
    expect(writes(server.calls)).toEqual([]);
  });

  it('says when someone else saved first, and reloads on request', async () => {
    const server = await open(() => apiError(409, 'conflict', 'stale version'));
    fireEvent.change(screen.getByLabelText('Weather'), { target: { value: 'Rain' } });
    fireEvent.click(screen.getByTestId('save-call-sheet'));
    expect(text(await screen.findByTestId('call-sheet-conflict'))).toContain(
      'Someone changed this call sheet',
    );
    const gets = server.calls.filter((call) => call.path === DAY_PATH && call.method === 'GET');
    const before = gets.length;
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect(
        server.calls.filter((call) => call.path === DAY_PATH && call.method === 'GET').length,
      ).toBeGreaterThan(before),
    );
  });

  it('shows what will change, publishes, and says how the emails went', async () => {
    const server = await open(() => ({
      status: 201,
      body: {
        outcome: 'allowed',
        rule: 'The line producer publishes call sheets',
        result: { revision: 2, recipients: 3, sent: 2, failed: 1 },
      } satisfies ActionResultDto,
    }));
    expect(text(screen.getByTestId('publish-changes'))).toContain(
      'What will change:General crew call 07:00 → 06:30',
    );
    fireEvent.click(screen.getByTestId('publish-call-sheet'));
    expect(text(await screen.findByTestId('action-outcome'))).toContain(
      'Published revision 2 — sent 2, failed 1',
    );
    const [post] = writes(server.calls);
    expect(post?.path).toBe(`${DAY_PATH}/publish`);
    expect(post?.body).toEqual({ version: 4 });
  });

  it('says who a publication waits on when it needs approval', async () => {
    await open(() => ({
      status: 201,
      body: {
        outcome: 'approval-requested',
        rule: 'Call sheets go out with the UPM’s approval',
        request: {
          id: '00000000-0000-4000-8000-000000000999',
          routedTo: [{ personId: 'p2', name: 'Ursula Grant', role: 'unit-production-manager' }],
        },
      },
    }));
    fireEvent.click(screen.getByTestId('publish-call-sheet'));
    const outcome = await screen.findByTestId('action-outcome');
    expect(outcome.getAttribute('data-outcome')).toBe('approval-requested');
    expect(text(outcome)).toContain('Sent to Ursula Grant for approval');
  });

  it('lists who the latest issue went to: failures first, then sent, then confirmed', async () => {
    await open(() => apiError(500, 'internal', 'no'));
    const rows = screen.getAllByTestId('recipient-row');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual([
      'failed',
      'sent',
      'confirmed',
    ]);
    expect(text(rows[0])).toContain('Sam Ortiz');
    expect(text(rows[0])).toContain('Mailbox unavailable');
    expect(text(rows[2])).toContain('Confirmed 1 Dec 2026');
    expect(text(screen.getByTestId('confirmed-count'))).toContain('1 / 3');
    expect(screen.getByTestId('call-sheet-pdf').getAttribute('href')).toBe(`${DAY_PATH}.pdf`);
  });
});

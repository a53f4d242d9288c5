import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TimecardDto, TimecardWeekDto } from '@greenlight/contract';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  TEST_USER,
  type FakeCall,
} from '../../testing/fake-api';
import { TimecardsTab } from './timecards-tab';

const WEEK = '2027-02-21';
const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}`;
const CARD_PATH = `${BASE}/timecards/${TEST_USER.personId}/${WEEK}`;

const CARD: TimecardDto = {
  personId: TEST_USER.personId,
  name: TEST_USER.name,
  weekStart: WEEK,
  version: 1,
  status: 'draft',
  days: [
    {
      date: '2027-02-22',
      kind: 'work',
      call: 420,
      meals: [{ out: 840, in: 870 }],
      wrap: 1230,
    },
  ],
  deal: {
    title: 'Camera operator',
    department: 'camera',
    accountNumber: '3300',
    agreementName: 'California non-union',
  },
  steps: [
    { id: 'crew-member', label: 'Crew or cast member', signedBy: null, signedAt: null },
    { id: 'department-head', label: 'Department head', signedBy: null, signedAt: null },
  ],
  nextStep: { id: 'crew-member', label: 'Crew or cast member' },
  returned: null,
  computed: {
    currency: 'USD',
    days: [{ date: '2027-02-22', workedMinutes: 780, paidMinutes: 780, amount: 60_000 }],
    lines: [
      {
        date: '2027-02-22',
        kind: 'overtime',
        label: 'Overtime',
        minutes: 240,
        ratePerHour: 4_000,
        multiplier: 1500,
        amount: 24_000,
        rule: {
          agreementId: 'us-ca-wage-order-12-2001',
          clauseId: 'lc510-daily-overtime',
          words: 'Work in excess of eight hours in one workday at one and one-half times',
          source: 'Labor Code §510',
        },
        note: '',
      },
      {
        date: '2027-02-22',
        kind: 'meal-penalty',
        label: 'Meal penalty',
        minutes: 60,
        ratePerHour: 4_000,
        multiplier: null,
        amount: 4_000,
        rule: {
          agreementId: 'us-ca-wage-order-12-2001',
          clauseId: 'wo12-meal-period',
          words: 'A meal period no later than six hours after call',
          source: 'Wage Order 12',
        },
        note: 'First meal 7:00 after call',
      },
    ],
    workedMinutes: 780,
    paidMinutes: 780,
    amount: 60_000,
    findings: [],
  },
  problem: null,
  may: { edit: true, sign: true, return: false },
};

const WEEK_LIST: TimecardWeekDto = {
  weekStart: WEEK,
  cards: [
    {
      personId: '00000000-0000-4000-8000-0000000000c1',
      name: 'Casey Moreau',
      title: '1st AC',
      department: 'camera',
      status: 'in-approval',
      version: 2,
      nextStep: 'Department head',
      amount: 45_000,
      currency: 'USD',
      waitingOnMe: true,
    },
  ],
  mayExportPayroll: true,
  mayEditDeals: false,
  mayEnterForOthers: false,
};

const serve = (write: (call: FakeCall) => void = () => undefined) =>
  fakeFetch((call) => {
    if (call.method === 'GET' && call.path.startsWith(`${BASE}/timecards?`))
      return { status: 200, body: WEEK_LIST };
    if (call.method === 'GET' && call.path === CARD_PATH) return { status: 200, body: CARD };
    if (call.method === 'GET') return apiError(404, 'not-found', `unexpected GET ${call.path}`);
    write(call);
    return { status: 200, body: { outcome: 'allowed', rule: 'test', result: null } };
  });

const open = async (write?: (call: FakeCall) => void) => {
  window.history.replaceState(
    null,
    '',
    `/productions/${TEST_PRODUCTION.id}/timecards?week=${WEEK}`,
  );
  const server = serve(write);
  renderWithApi(<TimecardsTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
  await screen.findByTestId('pay-lines');
  return server;
};

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('TimecardsTab', () => {
  it('shows my week with the pay lines, each naming its rule, and the cards waiting for me', async () => {
    await open();
    const lines = screen.getAllByTestId('pay-line');
    expect(lines.map((l) => l.getAttribute('data-kind'))).toEqual(['overtime', 'meal-penalty']);
    expect(lines[0]?.textContent).toContain('Overtime 1.5×');
    expect(lines[0]?.textContent).toContain('lc510-daily-overtime');
    expect(lines[1]?.textContent).toContain('Meal penalty');
    expect(screen.getByTestId('timecard-total').textContent).toBe('$600.00');
    const monday = screen
      .getAllByTestId('timecard-day')
      .find((row) => row.getAttribute('data-date') === '2027-02-22');
    if (monday === undefined) throw new Error('no Monday');
    expect(within(monday).getByTestId<HTMLInputElement>('day-call').value).toBe('07:00');
    expect(within(monday).getByTestId<HTMLInputElement>('day-wrap').value).toBe('20:30');
    const waiting = await screen.findByTestId('waiting-for-me');
    expect(within(waiting).getByText(/Casey Moreau/)).toBeTruthy();
    expect(screen.getByTestId('payroll-csv').getAttribute('href')).toBe(
      `${BASE}/payroll.csv?weekStart=${WEEK}`,
    );
  });

  it('saves the times as minutes, a wrap after midnight as the next morning', async () => {
    const writes: FakeCall[] = [];
    await open((call) => writes.push(call));
    const tuesday = screen
      .getAllByTestId('timecard-day')
      .find((row) => row.getAttribute('data-date') === '2027-02-23');
    if (tuesday === undefined) throw new Error('no Tuesday');
    fireEvent.change(within(tuesday).getByTestId('day-kind'), { target: { value: 'work' } });
    fireEvent.change(within(tuesday).getByTestId('day-call'), { target: { value: '16:00' } });
    fireEvent.change(within(tuesday).getByTestId('day-wrap'), { target: { value: '01:30' } });
    fireEvent.click(screen.getByTestId('save-timecard'));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]?.method).toBe('PUT');
    expect(writes[0]?.path).toBe(CARD_PATH);
    expect(writes[0]?.body).toEqual({
      version: 1,
      days: [CARD.days[0], { date: '2027-02-23', kind: 'work', call: 960, meals: [], wrap: 1530 }],
    });
  });

  it('signs the step the card waits on', async () => {
    const writes: FakeCall[] = [];
    await open((call) => writes.push(call));
    fireEvent.click(screen.getByTestId('sign-timecard'));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]?.path).toBe(`${CARD_PATH}/sign`);
    expect(writes[0]?.body).toEqual({ version: 1 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  ActionResultDto,
  BreakdownSheetDto,
  ScheduleSettingsDto,
  UpdateScheduleSettingsRequest,
} from '@greenlight/contract';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  type FakeCall,
  type FakeReply,
} from '../../testing/fake-api';
import { BOARD_SCENES, CAST_LISTS, SCHEDULE_IDS, SETTINGS } from '../../testing/schedule-board';
import { ScheduleTab } from './schedule-tab';
import { SETTINGS_CONFLICT_MESSAGE } from './schedule-settings-form';

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}`;
const SETTINGS_PATH = `${BASE}/schedule/settings`;
const ALLOWED: ActionResultDto = { outcome: 'allowed', rule: 'UPM may edit', result: null };

const SHEETS: BreakdownSheetDto[] = BOARD_SCENES.map((scene, index) => ({
  sceneId: scene.id,
  sceneNumber: scene.number,
  heading: scene.heading,
  intExt: scene.intExt,
  set: scene.set,
  shootingLocation: null,
  time: scene.time,
  eighths: scene.eighths,
  pages: scene.pages,
  pageStart: index + 1,
  synopsis: scene.synopsis,
  categories: [],
}));

const SETS = [...new Set(BOARD_SCENES.map((s) => s.set))].map((name) => {
  const scenes = BOARD_SCENES.filter((s) => s.set === name);
  return {
    name,
    intExt: [],
    sceneIds: scenes.map((s) => s.id),
    sceneNumbers: scenes.map((s) => s.number),
    eighths: scenes.reduce((total, s) => total + s.eighths, 0),
    pages: '',
    shootingLocation: null,
  };
});

/** The settings and the script's lists; `write` answers the PUT, and an allowed PUT is kept as version + 1. */
const serve = (write: (call: FakeCall) => FakeReply, initial: ScheduleSettingsDto = SETTINGS) => {
  let settings = initial;
  const server = fakeFetch((call) => {
    if (call.method === 'GET') {
      if (call.path === SETTINGS_PATH) return { status: 200, body: settings };
      if (call.path === `${BASE}/breakdown/elements`)
        return { status: 200, body: { ...CAST_LISTS, sets: SETS } };
      if (call.path === `${BASE}/breakdown/sheets`)
        return { status: 200, body: { sheets: SHEETS } };
      if (call.path === `${BASE}/calendar-feeds`) return { status: 200, body: { feeds: [] } };
      return apiError(404, 'not-found', `unexpected GET ${call.path}`);
    }
    const reply = write(call);
    if (
      call.method === 'PUT' &&
      reply.status === 200 &&
      (reply.body as ActionResultDto).outcome === 'allowed'
    ) {
      const { version: _version, ...body } = call.body as UpdateScheduleSettingsRequest;
      settings = { ...body, version: settings.version + 1, saved: true };
    }
    return reply;
  });
  return { ...server, setSettings: (next: ScheduleSettingsDto) => (settings = next) };
};

const puts = (calls: readonly FakeCall[]) => calls.filter((c) => c.method === 'PUT');
const status = () => screen.getByTestId('settings-status');
const onRules = () =>
  window.history.replaceState(null, '', `/productions/${TEST_PRODUCTION.id}/schedule/calendar`);
const render = (server: ReturnType<typeof serve>) =>
  renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
const pick = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const valueOf = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value;

afterEach(cleanup);

describe('the shoot calendar', () => {
  it('saves the calendar with the day length in eighths, and every rule along with it', async () => {
    onRules();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    render(server);
    await screen.findByLabelText('Most pages a day');
    expect(valueOf('Most pages a day')).toBe('5');
    pick('Most pages a day', '4 6/8');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sat' }));
    pick('Holiday date', '2027-03-17');
    pick('Holiday name', 'St Patrick');
    fireEvent.click(screen.getByRole('button', { name: 'Add holiday' }));
    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(puts(server.calls)).toHaveLength(1));
    expect(puts(server.calls)[0]?.body).toEqual({
      calendar: {
        firstShootDay: '2027-03-02',
        workingWeekdays: [1, 2, 3, 4, 5, 6],
        holidays: [
          { date: '2027-03-08', name: 'Founders Day' },
          { date: '2027-03-17', name: 'St Patrick' },
        ],
        daysOff: [],
      },
      maxEighthsPerDay: 38,
      companyMoveCost: 250_000,
      dropPickupAfterDays: 10,
      sceneOrder: [],
      castAvailability: [],
      locationAvailability: [],
      sameDay: [],
      maxMinutesPerDay: null,
      sceneMinutes: {},
      crewCall: null,
      version: 2,
    });
    expect(screen.getByTestId('calendar-ics').getAttribute('href')).toBe(
      `${BASE}/schedule/calendar.ics`,
    );
  });
});

describe('the scheduling rules', () => {
  it('adds a scene-order rule and a cast drop date and saves the whole settings with the version', async () => {
    onRules();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    render(server);
    await screen.findByLabelText('Drop date of TOMAS');
    expect(status().getAttribute('data-state')).toBe('saved');

    pick('Shoot scene', SCHEDULE_IDS.scene4);
    pick('before scene', SCHEDULE_IDS.scene2);
    fireEvent.click(screen.getByTestId('add-scene-order'));
    expect(screen.getByTestId('scene-order-rule').textContent).toBe(
      'Scene 4 EXT. PIER - NIGHTbeforeScene 2 EXT. QUAY - DAY×',
    );
    pick('Drop date of TOMAS', '2027-03-10');
    pick('Blocked date for MARGOT', '2027-03-04');
    fireEvent.click(screen.getByRole('button', { name: 'Block the date for MARGOT' }));
    expect(screen.getByTestId('blocked-date').textContent).toContain('Thu 4 Mar 2027');
    expect(status().textContent).toBe('Unsaved changes');

    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(puts(server.calls)).toHaveLength(1));
    const { saved: _saved, ...unchanged } = SETTINGS;
    expect(puts(server.calls)[0]?.body).toEqual({
      ...unchanged,
      sceneOrder: [[SCHEDULE_IDS.scene4, SCHEDULE_IDS.scene2]],
      castAvailability: [
        { castNumber: 1, availableFrom: null, availableUntil: null, unavailable: ['2027-03-04'] },
        { castNumber: 2, availableFrom: null, availableUntil: '2027-03-10', unavailable: [] },
      ],
      version: 2,
    });
    expect((await screen.findByTestId('action-outcome')).textContent).toBe(
      'Saved the calendar and the scheduling rules',
    );
    // Reloaded at the new version: the saved rule is there and nothing is unsaved.
    await waitFor(() => expect(status().getAttribute('data-state')).toBe('saved'));
    expect(valueOf('Drop date of TOMAS')).toBe('2027-03-10');
  });

  it('saves a same-day group, the day’s hours, crew call, a location window and an estimate', async () => {
    onRules();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    render(server);
    await screen.findByLabelText('Minutes for scene 3');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Scene 5 INT. KITCHEN - DAY' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Scene 3 INT. KITCHEN - DAY' }));
    fireEvent.click(screen.getByTestId('add-same-day'));
    expect(screen.getByTestId('same-day-group').textContent).toContain('Scene 3');
    pick('Most hours a day', '9 h 30');
    expect(screen.getByText('9 h 30 min of shooting')).toBeTruthy();
    pick('Crew call', '06:30');
    pick('Last day at KITCHEN', '2027-03-05');
    pick('Minutes for scene 3', '90');
    expect(screen.getByLabelText<HTMLInputElement>('Minutes for scene 5').placeholder).toBe('60');

    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(puts(server.calls)).toHaveLength(1));
    expect(puts(server.calls)[0]?.body).toMatchObject({
      sameDay: [[SCHEDULE_IDS.scene3, SCHEDULE_IDS.scene5]],
      maxMinutesPerDay: 570,
      crewCall: '06:30',
      locationAvailability: [{ set: 'KITCHEN', availableFrom: null, availableUntil: '2027-03-05' }],
      sceneMinutes: { [SCHEDULE_IDS.scene3]: 90 },
    });
  });

  it('says so and reloads when someone else saved first', async () => {
    onRules();
    const server = serve(() => {
      server.setSettings({ ...SETTINGS, crewCall: '05:45', version: 3 });
      return apiError(
        409,
        'conflict',
        'Someone changed the schedule settings since you loaded them',
      );
    });
    render(server);
    await screen.findByLabelText('Drop date of TOMAS');
    pick('Drop date of TOMAS', '2027-03-10');
    fireEvent.click(screen.getByTestId('save-settings'));
    expect((await screen.findByTestId('board-conflict')).textContent).toBe(
      SETTINGS_CONFLICT_MESSAGE,
    );
    expect(screen.getByTestId('schedule-outcome').getAttribute('data-kind')).toBe('conflict');
    // Theirs now: their crew call, and the drop date typed here is gone.
    await waitFor(() => expect(valueOf('Crew call')).toBe('05:45'));
    expect(valueOf('Drop date of TOMAS')).toBe('');
  });

  it('keeps the draft, marked as waiting, when the change goes for approval', async () => {
    onRules();
    const approval = {
      outcome: 'approval-requested',
      rule: 'Schedule rules change with the UPM’s approval',
      request: {
        id: '00000000-0000-4000-8000-000000000999',
        routedTo: [{ personId: 'p2', name: 'Ursula Grant', role: 'unit-production-manager' }],
      },
    } as unknown as ActionResultDto;
    const server = serve(() => ({ status: 200, body: approval }));
    render(server);
    await screen.findByLabelText('Drop date of TOMAS');
    pick('Drop date of TOMAS', '2027-03-10');
    fireEvent.click(screen.getByTestId('save-settings'));
    const outcome = await screen.findByTestId('action-outcome');
    expect(outcome.getAttribute('data-outcome')).toBe('approval-requested');
    await waitFor(() => expect(status().getAttribute('data-state')).toBe('approval'));
    expect(valueOf('Drop date of TOMAS')).toBe('2027-03-10');
  });

  it('refuses a drop date before the start date, and discards back to the saved rules', async () => {
    onRules();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    render(server);
    await screen.findByLabelText('Start date of MARGOT');
    pick('Start date of MARGOT', '2027-03-10');
    pick('Drop date of MARGOT', '2027-03-04');
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(screen.getByRole('alert').textContent).toBe(
      'MARGOT: the start date is after the drop date',
    );
    expect(puts(server.calls)).toHaveLength(0);

    fireEvent.click(screen.getByTestId('discard-settings'));
    expect(valueOf('Start date of MARGOT')).toBe('');
    expect(status().getAttribute('data-state')).toBe('saved');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the saved rules, a scene a revision omitted among them, and removes one', async () => {
    onRules();
    const omitted = '00000000-0000-4000-8000-000000009999';
    const server = serve(() => ({ status: 200, body: ALLOWED }), {
      ...SETTINGS,
      sceneOrder: [
        [SCHEDULE_IDS.scene1, SCHEDULE_IDS.scene3],
        [omitted, SCHEDULE_IDS.scene5],
      ],
      castAvailability: [
        { castNumber: 2, availableFrom: '2027-03-03', availableUntil: null, unavailable: [] },
      ],
    });
    render(server);
    const rules = await screen.findAllByTestId('scene-order-rule');
    expect(rules[1]?.textContent).toContain('a scene no longer in the script');
    const tomas = screen
      .getAllByTestId('cast-availability-row')
      .find((row) => row.getAttribute('data-cast-number') === '2') as HTMLElement;
    expect(within(tomas).getByLabelText<HTMLInputElement>('Start date of TOMAS').value).toBe(
      '2027-03-03',
    );

    fireEvent.click(
      screen.getByRole('button', { name: 'Remove the rule an omitted scene before scene 5' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear the dates of TOMAS' }));
    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(puts(server.calls)).toHaveLength(1));
    expect(puts(server.calls)[0]?.body).toMatchObject({
      sceneOrder: [[SCHEDULE_IDS.scene1, SCHEDULE_IDS.scene3]],
      castAvailability: [],
    });
  });
});

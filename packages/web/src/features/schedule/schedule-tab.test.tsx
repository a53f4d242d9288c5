import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ActionResultDto, BoardDto, OptimizeJobDto, StripDto } from '@greenlight/contract';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  type FakeCall,
  type FakeReply,
} from '../../testing/fake-api';
import {
  BOARD,
  BOARD_SUMMARIES,
  CAST_LISTS,
  DOOD,
  PROPOSAL,
  SCHEDULE_IDS,
  SETTINGS,
} from '../../testing/schedule-board';
import { ScheduleTab } from './schedule-tab';

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}`;
const BOARD_PATH = `${BASE}/boards/${SCHEDULE_IDS.board}`;
const ALLOWED: ActionResultDto = { outcome: 'allowed', rule: 'UPM may edit', result: null };
const APPROVAL: ActionResultDto = {
  outcome: 'approval-requested',
  rule: 'A locked board changes with the UPM’s approval',
  request: {
    id: '00000000-0000-4000-8000-000000000999',
    productionId: TEST_PRODUCTION.id,
    action: 'schedule.change-locked-board',
    actionLabel: 'Change a locked board',
    summary: 'Change the shooting board',
    amount: null,
    department: null,
    status: 'pending',
    requestedBy: { personId: 'p1', name: 'Leo Brandt' },
    routedTo: [{ personId: 'p2', name: 'Ursula Grant', role: 'unit-production-manager' }],
    createdAt: '2026-12-01T10:00:00.000Z',
    decidedAt: null,
    steps: [],
    canDecide: false,
    canWithdraw: true,
    canEscalate: false,
  } as unknown as Extract<ActionResultDto, { outcome: 'approval-requested' }>['request'],
};

/** A small server around one board; `write` answers the PATCH/POST/PUTs (an allowed PATCH is kept). */
const serve = (
  write: (call: FakeCall, board: BoardDto) => FakeReply,
  read: (call: FakeCall) => FakeReply | null = () => null,
) => {
  let board: BoardDto = BOARD;
  const server = fakeFetch((call) => {
    if (call.method === 'PATCH' && call.path === BOARD_PATH) {
      const reply = write(call, board);
      const body = call.body as { strips?: StripDto[]; locked?: boolean };
      if (reply.status === 200 && (reply.body as ActionResultDto).outcome === 'allowed') {
        board = { ...board, ...body, version: board.version + 1 };
      }
      return reply;
    }
    if (call.method === 'GET') {
      const answer = read(call);
      if (answer !== null) return answer;
      if (call.path === BOARD_PATH) return { status: 200, body: board };
      if (call.path === `${BASE}/boards`) return { status: 200, body: { boards: BOARD_SUMMARIES } };
      if (call.path === `${BASE}/breakdown/elements`) return { status: 200, body: CAST_LISTS };
      if (call.path === `${BOARD_PATH}/day-out-of-days`) return { status: 200, body: DOOD };
      if (call.path === `${BASE}/schedule/settings`) return { status: 200, body: SETTINGS };
      return apiError(404, 'not-found', `unexpected GET ${call.path}`);
    }
    return write(call, board);
  });
  return { ...server, setBoard: (next: BoardDto) => (board = next) };
};

const goTo = (path: string) => window.history.replaceState(null, '', path);
const onBoard = () =>
  goTo(`/productions/${TEST_PRODUCTION.id}/schedule/boards/${SCHEDULE_IDS.board}`);
const stripIds = (strips: readonly StripDto[]) => strips.map((s) => s.id).join(' ');
const patches = (calls: readonly FakeCall[]) => calls.filter((c) => c.method === 'PATCH');
const firstStripId = () =>
  screen.getByTestId('stripboard').querySelector('[data-strip-id]')?.getAttribute('data-strip-id');
const strip = (id: string) => {
  const found = screen.getByTestId('stripboard').querySelector(`[data-strip-id="${id}"]`);
  if (!(found instanceof HTMLElement)) throw new Error(`no strip ${id}`);
  return found;
};

afterEach(cleanup);

describe('the boards list', () => {
  it('lists the shooting board first, locked, and creates a what-if from a copy', async () => {
    goTo(`/productions/${TEST_PRODUCTION.id}/schedule`);
    const server = serve((call) =>
      call.method === 'POST' && call.path === `${BASE}/boards`
        ? {
            status: 201,
            body: { ...ALLOWED, result: { boardId: SCHEDULE_IDS.whatIf, version: 1 } },
          }
        : apiError(404, 'not-found', 'no'),
    );
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const rows = await screen.findAllByTestId('board-row');
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['shooting', 'what-if']);
    expect(within(rows[0] as HTMLElement).getByTestId('locked-badge')).toBeTruthy();
    expect(rows[0]?.textContent).toContain('Shooting board · Main unit');

    fireEvent.click(screen.getByTestId('new-board'));
    fireEvent.change(screen.getByLabelText('Board name'), { target: { value: 'Weather cover' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'what-if' } });
    fireEvent.change(screen.getByLabelText('Start from'), {
      target: { value: SCHEDULE_IDS.board },
    });
    fireEvent.click(screen.getByTestId('create-board'));
    await waitFor(() =>
      expect(window.location.pathname).toContain(`/boards/${SCHEDULE_IDS.whatIf}`),
    );
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Weather cover',
      kind: 'what-if',
      unit: 'main',
      copyFrom: SCHEDULE_IDS.board,
    });
    expect(screen.getByTestId('action-outcome').textContent).toBe('Created Weather cover');
  });
});

describe('the stripboard', () => {
  it('draws strips in their colours, black day breaks with the day’s length, and the unscheduled', async () => {
    onBoard();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('stripboard');
    expect(screen.getAllByTestId('day-break-label').map((b) => b.textContent)).toEqual([
      'End of day 1 — Tue 2 Mar — 2 1/8 pages',
      'End of day 2 — Wed 3 Mar — 4 4/8 pages',
    ]);
    expect(strip('s1').getAttribute('data-strip-colour')).toBe('Night interior');
    expect(strip('s1').style.background.toUpperCase()).toMatch(/7FA7E0|127, 167, 224/);
    expect(strip('s3').textContent).toContain('2 4/8');
    expect(screen.getByTestId('unscheduled-header').textContent).toContain('1 scene');
    expect(strip('s5').getAttribute('data-day-number')).toBe('unscheduled');
    expect(screen.getByTestId('stat-cast-cost').textContent).toBe('$5,400.00');
  });

  it('moves a strip with Alt+↓ and saves the whole board with its version', async () => {
    onBoard();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('stripboard');
    // s2 (end of day 1) past the day break: first strip of day 2.
    fireEvent.keyDown(strip('s2'), { key: 'ArrowDown', altKey: true });
    expect(screen.getAllByTestId('day-break-label')[0]?.textContent).toBe(
      'End of day 1 — Tue 2 Mar — 1 3/8 pages',
    );
    await waitFor(() => expect(patches(server.calls)).toHaveLength(1));
    const body = patches(server.calls)[0]?.body as { version: number; strips: StripDto[] };
    expect(body.version).toBe(3);
    expect(stripIds(body.strips)).toBe('s1 b1 s2 n1 s3 s4 b2 s5');
    expect((await screen.findByTestId('action-outcome')).textContent).toBe(
      'Moved scene 2 to day 2',
    );
    // The moved strip keeps the focus, so Alt+↓ can be pressed again.
    await waitFor(() => expect(document.activeElement?.getAttribute('data-strip-id')).toBe('s2'));
  });

  it('moves a dropped strip to where it was dropped', async () => {
    onBoard();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('stripboard');
    const dataTransfer = {
      setData: () => undefined,
      getData: () => 's5',
      effectAllowed: '',
      dropEffect: '',
    };
    fireEvent.dragStart(strip('s5'), { dataTransfer });
    // happy-dom lays nothing out: the pointer is at the bottom half, so after s1.
    fireEvent.dragOver(strip('s1'), { dataTransfer, clientY: 1 });
    fireEvent.drop(strip('s1'), { dataTransfer, clientY: 1 });
    await waitFor(() => expect(patches(server.calls)).toHaveLength(1));
    const body = patches(server.calls)[0]?.body as { strips: StripDto[] };
    expect(stripIds(body.strips)).toBe('s1 s5 s2 b1 n1 s3 s4 b2');
  });

  it('moves the selected strip to a chosen day', async () => {
    onBoard();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('stripboard');
    fireEvent.click(strip('s5'));
    fireEvent.change(screen.getByLabelText('Move to day'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('move-to-day'));
    await waitFor(() => expect(patches(server.calls)).toHaveLength(1));
    expect(stripIds((patches(server.calls)[0]?.body as { strips: StripDto[] }).strips)).toBe(
      's1 s2 s5 b1 n1 s3 s4 b2',
    );
  });

  it('adds a day break after the selected strip', async () => {
    onBoard();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('stripboard');
    fireEvent.click(strip('s5'));
    fireEvent.click(screen.getByTestId('add-strip'));
    await waitFor(() => expect(patches(server.calls)).toHaveLength(1));
    const strips = (patches(server.calls)[0]?.body as { strips: StripDto[] }).strips;
    expect(strips.map((s) => s.kind).slice(-2)).toEqual(['scene', 'day-break']);
    expect(screen.getAllByTestId('day-break-label')).toHaveLength(3);
  });

  it('reloads and says so when someone else saved the board first', async () => {
    onBoard();
    const server = serve((_call, board) => {
      server.setBoard({ ...board, version: 4, name: 'Shooting schedule (theirs)' });
      return apiError(409, 'conflict', 'The board has changed');
    });
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('stripboard');
    fireEvent.keyDown(strip('s1'), { key: 'ArrowDown', altKey: true });
    expect(await screen.findByTestId('board-conflict')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('board-name').textContent).toBe('Shooting schedule (theirs)'),
    );
    // The board is theirs again: s1 still first.
    expect(firstStripId()).toBe('s1');
  });

  it('keeps a locked board as saved when the change goes for approval', async () => {
    onBoard();
    const server = serve(() => ({ status: 200, body: APPROVAL }));
    server.setBoard({ ...BOARD, locked: true });
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('locked-badge');
    expect(screen.getByTestId('toggle-lock').textContent).toBe('Unlock');
    fireEvent.keyDown(strip('s1'), { key: 'ArrowDown', altKey: true });
    const outcome = await screen.findByTestId('action-outcome');
    expect(outcome.getAttribute('data-outcome')).toBe('approval-requested');
    expect(outcome.textContent).toContain('Sent to Ursula Grant for approval');
    await waitFor(() => expect(firstStripId()).toBe('s1'));
  });

  it('locks the board', async () => {
    onBoard();
    const server = serve((_call, board) => {
      server.setBoard({ ...board, locked: true, version: 4 });
      return { status: 200, body: ALLOWED };
    });
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    fireEvent.click(await screen.findByTestId('toggle-lock'));
    await screen.findByTestId('locked-badge');
    expect(patches(server.calls)[0]?.body).toEqual({ version: 3, locked: true });
  });
});

describe('the optimizer', () => {
  const JOB_ID = '00000000-0000-4000-8000-000000000777';
  const JOB_PATH = `${BASE}/optimize-jobs/${JOB_ID}`;
  const job = (overrides: Partial<OptimizeJobDto>): OptimizeJobDto => ({
    id: JOB_ID,
    boardId: SCHEDULE_IDS.board,
    status: 'running',
    cancelled: false,
    elapsedMs: 1200,
    timeLimitMs: 2000,
    progress: { cost: 560_000, conflicts: 1, elapsedMs: 900 },
    proposal: null,
    error: null,
    ...overrides,
  });
  /** The board's server plus an optimizer run: running for `pollsRunning` polls, then finished. */
  const withOptimizer = (pollsRunning: number, onStop?: () => void) => {
    let polls = 0;
    let stopped = false;
    return serve(
      (call) => {
        if (call.method === 'POST' && call.path === `${BOARD_PATH}/optimize-jobs`) {
          return { status: 202, body: job({ elapsedMs: 0, progress: null }) };
        }
        if (call.method === 'POST' && call.path === `${JOB_PATH}/stop`) {
          stopped = true;
          onStop?.();
          return { status: 200, body: job({ cancelled: true }) };
        }
        return { status: 200, body: ALLOWED };
      },
      (call) => {
        if (call.path !== JOB_PATH) return null;
        polls += 1;
        const done = stopped || polls > pollsRunning;
        return {
          status: 200,
          body: done
            ? job({ status: 'finished', cancelled: stopped, proposal: PROPOSAL })
            : job({}),
        };
      },
    );
  };

  it('runs for the time asked, shows the best so far, compares before and after, and saves the proposal on accept', async () => {
    onBoard();
    const server = withOptimizer(1);
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    fireEvent.click(await screen.findByTestId('optimize'));
    const dialog = screen.getByRole('dialog', { name: 'Optimize Shooting schedule' });
    fireEvent.change(within(dialog).getByLabelText('Time limit (seconds)'), {
      target: { value: '2' },
    });
    fireEvent.click(within(dialog).getByTestId('run-optimizer'));
    expect((await screen.findByTestId('optimize-best')).textContent).toBe(
      'Best so far: $5,600.00 for the cast and moves, 1 rule still broken',
    );
    await waitFor(() =>
      expect(screen.getByTestId('optimize-dialog').textContent).toContain('Cast cost'),
    );
    expect(
      server.calls.find((c) => c.method === 'POST' && c.path.endsWith('/optimize-jobs'))?.body,
    ).toEqual({ timeLimitSeconds: 2 });
    expect(screen.getByTestId('cost-before').textContent).toBe('$6,600.00');
    expect(screen.getByTestId('cost-after').textContent).toBe('$5,400.00');
    expect(screen.getByTestId('cost-saved').textContent).toBe('saves $1,200.00');
    expect(screen.getByTestId('hold-days-saved').textContent).toBe('1 hold day fewer');
    expect(screen.getByTestId('optimal').textContent).toBe('Proven optimal');
    const tomas = screen
      .getAllByTestId('comparison-row')
      .find((r) => r.getAttribute('data-cast-number') === '2');
    expect(tomas?.textContent).toContain('−$1,200.00');

    fireEvent.click(screen.getByTestId('accept-proposal'));
    await waitFor(() => expect(patches(server.calls)).toHaveLength(1));
    const body = patches(server.calls)[0]?.body as { version: number; strips: StripDto[] };
    expect(body.version).toBe(PROPOSAL.version);
    expect(stripIds(body.strips)).toBe(stripIds(PROPOSAL.strips));
    expect(screen.queryByTestId('optimize-dialog')).toBeNull();
  });

  it('stops on request and shows the best board found so far', async () => {
    onBoard();
    let stops = 0;
    const server = withOptimizer(1_000, () => (stops += 1));
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    fireEvent.click(await screen.findByTestId('optimize'));
    fireEvent.click(screen.getByTestId('run-optimizer'));
    await screen.findByTestId('optimize-best');
    fireEvent.click(screen.getByTestId('stop-optimizer'));
    await screen.findByTestId('optimize-comparison');
    expect(stops).toBe(1);
  });

  it('discards the proposal without saving anything', async () => {
    onBoard();
    const server = withOptimizer(0);
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    fireEvent.click(await screen.findByTestId('optimize'));
    fireEvent.click(screen.getByTestId('run-optimizer'));
    await screen.findByTestId('optimize-comparison');
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByTestId('optimize-dialog')).toBeNull();
    expect(patches(server.calls)).toHaveLength(0);
  });
});

describe('cast costs', () => {
  it('sets a daily rate on the cast member’s element', async () => {
    onBoard();
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const input = await screen.findByLabelText('Daily rate of TOMAS');
    await waitFor(() => expect((input as HTMLInputElement).disabled).toBe(false));
    fireEvent.change(input, { target: { value: '1,350.50' } });
    fireEvent.blur(input);
    await waitFor(() => expect(patches(server.calls)).toHaveLength(1));
    const call = patches(server.calls)[0];
    expect(call?.path).toBe(`${BASE}/schedule/cast/${SCHEDULE_IDS.tomas}`);
    expect(call?.body).toEqual({ dailyRate: 135_050 });
  });
});

describe('the day out of days', () => {
  it('shows the codes, holidays as /, and the downloads', async () => {
    goTo(
      `/productions/${TEST_PRODUCTION.id}/schedule/boards/${SCHEDULE_IDS.board}/day-out-of-days`,
    );
    const server = serve(() => apiError(404, 'not-found', 'no'));
    renderWithApi(<ScheduleTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const rows = await screen.findAllByTestId('dood-row');
    const codes = (row: HTMLElement) =>
      within(row)
        .getAllByTestId('dood-cell')
        .map((c) => c.textContent);
    expect(codes(rows[0] as HTMLElement)).toEqual(['SW', 'H', 'WF']);
    expect(codes(rows[1] as HTMLElement)).toEqual(['', 'SWF', '']);
    expect(screen.getAllByTestId('dood-date')[0]?.textContent).toBe('Tue3/2');
    expect(screen.getByTestId('dood-pdf').getAttribute('href')).toBe(
      `${BOARD_PATH}/day-out-of-days.pdf`,
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ActionResultDto, BudgetEditResultDto, DetailLineDto } from '@greenlight/contract';
import {
  budgetLine,
  budgetList,
  budgetVersion,
  BUDGET_IDS,
  BUDGET_LINES,
  topSheetOf,
  versionSummary,
} from '../../testing/budget-version';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  type FakeCall,
  type FakeReply,
} from '../../testing/fake-api';
import { BudgetTab } from './budget-tab';

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}`;
const DRAFT_PATH = `${BASE}/budget-versions/${BUDGET_IDS.draft}`;
const APPROVED_PATH = `${BASE}/budget-versions/${BUDGET_IDS.approved}`;
const goTo = (path: string) =>
  window.history.replaceState(null, '', `/productions/${TEST_PRODUCTION.id}/budget${path}`);
/** An allowed change answering `result` (typed loosely: the client does not check `result`'s shape). */
const allowed = (result: unknown): ActionResultDto => ({
  outcome: 'allowed',
  rule: 'The UPM may',
  result: result,
});

/** A server with the test budget: the draft, the approved version it revises, and `write` for changes. */
const serve = (write: (call: FakeCall) => FakeReply, lines = BUDGET_LINES) =>
  fakeFetch((call) => {
    if (call.method !== 'GET') return write(call);
    if (call.path.startsWith(DRAFT_PATH)) return { status: 200, body: budgetVersion({ lines }) };
    if (call.path.startsWith(APPROVED_PATH))
      return { status: 200, body: budgetVersion({ status: 'approved' }) };
    if (call.path === `${BASE}/budgets`) {
      const total = topSheetOf(BUDGET_LINES).grandTotal;
      return {
        status: 200,
        body: budgetList([
          versionSummary(BUDGET_IDS.approved, 1, 'approved', total),
          versionSummary(BUDGET_IDS.draft, 2, 'draft', total),
        ]),
      };
    }
    return apiError(404, 'not-found', `unexpected GET ${call.path}`);
  });

const grid = () => screen.getByTestId('budget-grid-scroller');
const key = (k: string, options: { shiftKey?: boolean } = {}) =>
  fireEvent.keyDown(grid(), { key: k, ...options });
const activeCell = () => screen.getByTestId('active-cell');

afterEach(cleanup);

describe('the budget grid', () => {
  it('moves with the keyboard, edits a rate and takes the totals from the answer', async () => {
    goTo(`/versions/${BUDGET_IDS.draft}`);
    const server = serve((call) => {
      const body = call.body as {
        revision: number;
        edits: { kind: string; line: DetailLineDto }[];
      };
      const edited = body.edits[0]?.line;
      if (call.method !== 'PATCH' || edited === undefined) return apiError(404, 'not-found', 'no');
      const line = {
        ...budgetLine(edited.id, edited.accountNumber, edited.description, edited.rate / 100, 20),
      };
      const lines = BUDGET_LINES.map((l) => (l.id === line.id ? line : l));
      const result: BudgetEditResultDto = {
        versionId: BUDGET_IDS.draft,
        revision: body.revision + 1,
        lines: [line],
        removedLineIds: [],
        topSheet: topSheetOf(lines),
      };
      return { status: 200, body: allowed(result) };
    });
    renderWithApi(<BudgetTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findAllByTestId('budget-line');
    expect(screen.getByTestId('grand-total').textContent).toBe('$497,200.00');

    fireEvent.focus(grid());
    expect(activeCell().dataset['lineId']).toBe('rights');
    key('ArrowDown');
    key('ArrowDown');
    expect(activeCell().dataset['lineId']).toBe('gaffer');
    key('Tab');
    key('Tab');
    key('Tab');
    key('Tab');
    expect(activeCell().dataset['col']).toBe('rate');

    // Typing starts the editor with what was typed; Enter commits and moves down.
    key('8');
    const input = screen.getByRole('textbox', { name: 'Rate of Gaffer' });
    fireEvent.change(input, { target: { value: '800' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('grand-total').textContent).toBe('$499,400.00'));
    const patch = server.calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toMatchObject({
      revision: 3,
      edits: [{ kind: 'update', line: { id: 'gaffer', rate: 80_000 } }],
    });
    expect(activeCell().dataset['lineId']).toBe('lighting');
    const gaffer = screen
      .getAllByTestId('budget-line')
      .find((row) => row.dataset['lineId'] === 'gaffer');
    expect(within(gaffer as HTMLElement).getByText('16,000.00')).toBeTruthy();
    expect(screen.getByTestId('save-state').textContent).toBe('All changes saved');
  });

  it('keeps what was typed when the server refuses it, with the reason', async () => {
    goTo(`/versions/${BUDGET_IDS.draft}`);
    const server = serve(() => apiError(400, 'validation', 'The line’s amount is too large'));
    renderWithApi(<BudgetTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findAllByTestId('budget-line');
    fireEvent.focus(grid());
    key('Tab');
    key('Enter');
    const input = screen.getByRole('textbox', { name: 'Amount of Option on the novel' });
    fireEvent.change(input, { target: { value: '99999999' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByTestId('cell-error')).textContent).toBe(
      'The line’s amount is too large',
    );
    expect(
      screen.getByRole<HTMLInputElement>('textbox', { name: 'Amount of Option on the novel' })
        .value,
    ).toBe('99999999');
    expect(screen.getByTestId('grand-total').textContent).toBe('$497,200.00');
  });

  it('refuses a value the column cannot take before sending anything, and Escape cancels', async () => {
    goTo(`/versions/${BUDGET_IDS.draft}`);
    const server = serve(() => apiError(500, 'internal', 'should not be called'));
    renderWithApi(<BudgetTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findAllByTestId('budget-line');
    fireEvent.focus(grid());
    key('Tab');
    key('P');
    const input = screen.getByRole('textbox', { name: 'Amount of Option on the novel' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('cell-error').textContent).toContain('there is no global called P');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Amount of Option on the novel' })).toBeNull();
    expect(server.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('renders only the rows in view of a 10,000-line budget', async () => {
    goTo(`/versions/${BUDGET_IDS.draft}`);
    const many = Array.from({ length: 10_000 }, (_, i) =>
      budgetLine(`l${i}`, i % 2 === 0 ? '1100' : '3100', `Line ${i}`, 100),
    );
    const server = serve(() => apiError(404, 'not-found', 'no'), many);
    renderWithApi(<BudgetTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const rendered = await screen.findAllByTestId('budget-line');
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(60);
    fireEvent.focus(grid());
    key('End');
    key('PageDown');
    key('PageDown');
    expect(Number(activeCell().dataset['lineId']?.slice(1))).toBeGreaterThan(20);
  });

  it('adds a line to an account and edits its description at once', async () => {
    goTo(`/versions/${BUDGET_IDS.draft}`);
    const server = serve((call) => {
      const body = call.body as {
        revision: number;
        edits: { kind: string; line: DetailLineDto }[];
      };
      const edit = body.edits[0];
      if (edit === undefined) return apiError(400, 'validation', 'no');
      const line = {
        ...budgetLine(edit.line.id, edit.line.accountNumber, edit.line.description, 0),
        unit: edit.line.unit,
      };
      return {
        status: 200,
        body: allowed({
          versionId: BUDGET_IDS.draft,
          revision: body.revision + 1,
          lines: [line],
          removedLineIds: [],
          topSheet: topSheetOf(BUDGET_LINES),
        }),
      };
    });
    renderWithApi(<BudgetTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findAllByTestId('budget-line');
    fireEvent.click(screen.getByRole('button', { name: 'Add a line to account 1400 Director' }));
    const input = screen.getByRole('textbox', { name: 'Description of the new line' });
    fireEvent.change(input, { target: { value: 'Second unit director' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(server.calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    const [add, update] = server.calls.filter((c) => c.method === 'PATCH');
    expect(add?.body).toMatchObject({
      revision: 3,
      edits: [{ kind: 'add', line: { accountNumber: '1400', description: '' } }],
    });
    expect(update?.body).toMatchObject({
      revision: 4,
      edits: [{ kind: 'update', line: { description: 'Second unit director' } }],
    });
  });
});

describe('an approved version', () => {
  it('is read-only, says why, and starts a revision', async () => {
    goTo(`/versions/${BUDGET_IDS.approved}`);
    const server = serve((call) =>
      call.method === 'POST' && call.path === `${APPROVED_PATH}/revisions`
        ? {
            status: 201,
            body: allowed({
              versionId: BUDGET_IDS.draft,
              number: 2,
              revisionOf: BUDGET_IDS.approved,
            }),
          }
        : apiError(404, 'not-found', 'no'),
    );
    renderWithApi(<BudgetTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const notice = await screen.findByTestId('read-only-notice');
    expect(notice.textContent).toContain('Changes go through a revision');
    fireEvent.focus(grid());
    key('Enter');
    expect(screen.queryByRole('textbox')).toBeNull();
    // The budgets list is in: the draft revising it already exists.
    await screen.findByTestId('open-revision');
    expect(screen.getByTestId('budget-version').dataset['status']).toBe('approved');
  });
});

describe('submitting', () => {
  it('sends the draft for approval and says who it waits on', async () => {
    goTo(`/versions/${BUDGET_IDS.draft}`);
    const routed = {
      outcome: 'approval-requested',
      rule: 'Budgets are approved by the executive producer',
      request: {
        id: '00000000-0000-4000-8000-000000000999',
        routedTo: [{ personId: 'p2', name: 'Eleanor Vance', role: 'executive-producer' }],
      },
    } as unknown as ActionResultDto;
    const server = serve((call) =>
      call.method === 'POST' && call.path === `${DRAFT_PATH}/transitions`
        ? { status: 200, body: routed }
        : apiError(404, 'not-found', 'no'),
    );
    renderWithApi(<BudgetTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    fireEvent.click(await screen.findByTestId('transition-submit'));
    fireEvent.click(screen.getByTestId('confirm-transition'));
    const outcome = await screen.findByTestId('action-outcome');
    expect(outcome.dataset['outcome']).toBe('approval-requested');
    expect(outcome.textContent).toContain('Eleanor Vance');
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({ transition: 'submit' });
  });
});

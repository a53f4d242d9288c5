import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  AuthorityMatrixDto,
  AuthorityMatrixResponse,
  TeamMemberDto,
} from '@greenlight/contract';
import {
  currencyCode,
  defaultAuthorityMatrix,
  type Department,
  type Role,
} from '@greenlight/domain';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  type FakeReply,
} from '../../testing/fake-api';
import { AuthorityMatrixTab } from './authority-matrix-tab';

afterEach(cleanup);

const MATRIX_PATH = `/api/v1/productions/${TEST_PRODUCTION.id}/authority-matrix`;
const TEAM_PATH = `/api/v1/productions/${TEST_PRODUCTION.id}/team`;

const DANA = '00000000-0000-4000-8000-000000000002';
const MORGAN = '00000000-0000-4000-8000-000000000003';
const ARI = '00000000-0000-4000-8000-000000000004';
const SAM = '00000000-0000-4000-8000-000000000005';
const GONE = '00000000-0000-4000-8000-0000000000ff';

const member = (
  n: number,
  personId: string,
  name: string,
  role: Role,
  department: Department | null = null,
): TeamMemberDto => ({
  id: `00000000-0000-4000-8000-00000000f00${n}`,
  productionId: TEST_PRODUCTION.id,
  personId,
  role,
  department,
  reportsTo: null,
  person: { id: personId, name, email: null },
  roleLabel: role,
  hasLogin: true,
});

const TEAM = [
  member(1, DANA, 'Dana Reyes', 'producer'),
  member(2, MORGAN, 'Morgan Lee', 'production-manager'),
  member(3, ARI, 'Ari Cole', 'department-head', 'camera'),
  member(4, SAM, 'Sam Ortiz', 'crew', 'camera'),
  member(5, DANA, 'Dana Reyes', 'line-producer'),
];

const matrixResponse = (
  overrides: Partial<AuthorityMatrixResponse> = {},
): AuthorityMatrixResponse => ({
  matrix: structuredClone(
    defaultAuthorityMatrix(currencyCode('USD')),
  ) as unknown as AuthorityMatrixDto,
  version: 7,
  currency: 'USD',
  canEdit: true,
  canSetLimits: true,
  ...overrides,
});

const serve = (
  response: AuthorityMatrixResponse,
  onPut: () => FakeReply = () => ({
    status: 200,
    body: { outcome: 'allowed', rule: 'ok', result: null },
  }),
) =>
  fakeFetch((call) => {
    if (call.method === 'GET' && call.path === MATRIX_PATH) return { status: 200, body: response };
    if (call.method === 'GET' && call.path === TEAM_PATH)
      return { status: 200, body: { members: TEAM } };
    if (call.method === 'PUT' && call.path === MATRIX_PATH) return onPut();
    return apiError(404, 'not-found', `unexpected ${call.method} ${call.path}`);
  });

const cell = (action: string, role: string) => screen.getByTestId(`cell-${action}-${role}`);

const withPersonLimits = (
  personLimits: AuthorityMatrixDto['personLimits'],
  overrides: Partial<AuthorityMatrixResponse> = {},
): AuthorityMatrixResponse => {
  const response = matrixResponse(overrides);
  return { ...response, matrix: { ...response.matrix, personLimits } };
};

const putBody = async (calls: readonly { method: string; body: unknown }[]) => {
  await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
  return calls.find((c) => c.method === 'PUT')?.body as {
    matrix: AuthorityMatrixDto;
    version: number;
  };
};

/** Waits for the team to fill the person select of "Add a personal limit". */
const personSelect = async () => {
  await screen.findByRole('option', { name: 'Morgan Lee — Production manager' });
  return screen.getByLabelText('Person');
};

describe('the authority matrix', () => {
  it('shows each cell’s state by role and cycles it none → request → perform → approve-also → none', async () => {
    const { fetch } = serve(matrixResponse());
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');

    // Defaults: crew may ask to commit an expenditure; the production manager may do it.
    expect(cell('expenditure.commit', 'crew').getAttribute('data-state')).toBe('request');
    expect(cell('expenditure.commit', 'production-manager').getAttribute('data-state')).toBe(
      'perform',
    );
    expect(cell('production.greenlight', 'executive-producer').getAttribute('data-state')).toBe(
      'approve-also',
    );
    expect(cell('expenditure.commit', 'cast').getAttribute('data-state')).toBe('none');
    // Accessible names say it in words.
    expect(
      screen.getByRole('button', {
        name: 'Commit an expenditure, Crew: may ask (routed for approval)',
      }),
    ).toBeTruthy();

    const target = () => cell('expenditure.commit', 'cast');
    const states = ['request', 'perform', 'approve-also', 'none'];
    for (const state of states) {
      fireEvent.click(target());
      expect(target().getAttribute('data-state')).toBe(state);
    }
    expect(screen.getByText('No unsaved changes')).toBeTruthy();
  });

  it('is one tab stop, walked with the arrow keys', async () => {
    const { fetch } = serve(matrixResponse());
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    const tabbable = screen
      .getAllByRole('button')
      .filter((b) => b.closest('table') && b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    const start = cell('production.view', 'executive-producer');
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('production.view', 'producer'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell('production.edit', 'producer'));
    expect(cell('production.edit', 'producer').tabIndex).toBe(0);
    expect(start.tabIndex).toBe(-1);
  });

  it('saves the whole matrix with the version it was edited on', async () => {
    const response = matrixResponse();
    const { fetch, calls } = serve(response);
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');

    fireEvent.click(cell('expenditure.commit', 'cast')); // none → request
    fireEvent.click(cell('hiring.crew', 'department-head')); // request → perform
    fireEvent.change(screen.getByLabelText('Financial decisions'), {
      target: { value: 'producer' },
    });
    fireEvent.change(screen.getByLabelText('Signing limit for Production manager'), {
      target: { value: '12,500.50' },
    });
    expect(screen.getByText('4 unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save matrix' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    const original = response.matrix;
    expect(put?.body).toEqual({
      version: 7,
      matrix: {
        ...original,
        rules: {
          ...original.rules,
          'expenditure.commit': {
            ...original.rules['expenditure.commit'],
            request: [...original.rules['expenditure.commit'].request, 'cast'],
          },
          'hiring.crew': {
            perform: [...original.rules['hiring.crew'].perform, 'department-head'],
            request: [],
            approve: [],
          },
        },
        finalSay: { ...original.finalSay, financial: 'producer' },
        roleLimits: { ...original.roleLimits, 'production-manager': 1_250_050 },
      },
    });
    // The write carries no float and keeps every untouched rule exactly as it came.
    expect(put?.headers['content-type']).toBe('application/json');
  });

  it('tells the user to reload when someone else saved first (409)', async () => {
    const { fetch } = serve(matrixResponse(), () =>
      apiError(409, 'conflict', 'The matrix changed since version 7'),
    );
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    fireEvent.click(cell('expenditure.commit', 'cast'));
    fireEvent.click(screen.getByRole('button', { name: 'Save matrix' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Someone else changed the authority matrix/);
    expect(within(alert).getByRole('button', { name: 'Reload the matrix' })).toBeTruthy();
  });

  it('shows "sent for approval" when the change has to be approved', async () => {
    const { fetch } = serve(matrixResponse(), () => ({
      status: 200,
      body: {
        outcome: 'approval-requested',
        rule: 'producer may ask to edit the authority matrix',
        request: {
          id: '00000000-0000-4000-8000-00000000c001',
          productionId: TEST_PRODUCTION.id,
          productionTitle: TEST_PRODUCTION.title,
          currency: 'USD',
          action: 'authority.edit-matrix',
          actionLabel: 'Edit the authority matrix',
          requestedBy: '00000000-0000-4000-8000-000000000002',
          requestedByName: 'Dana Reyes',
          amount: null,
          department: null,
          summary: 'Change the matrix',
          payload: null,
          status: 'pending',
          routedTo: [{ personId: '00000000-0000-4000-8000-000000000003', name: 'Morgan Lee' }],
          level: 0,
          createdAt: '2026-02-01T10:00:00.000Z',
          decidedAt: null,
          decidedBy: null,
          decidedByName: null,
          decisionReason: null,
          canDecide: false,
          canWithdraw: true,
          canEscalate: false,
        },
      },
    }));
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    fireEvent.click(cell('expenditure.commit', 'cast'));
    fireEvent.click(screen.getByRole('button', { name: 'Save matrix' }));
    expect((await screen.findByTestId('action-outcome')).textContent).toMatch(
      /Sent to Morgan Lee for approval/,
    );
    expect(cell('expenditure.commit', 'cast').getAttribute('data-state')).toBe('none');
  });

  it('is read-only for someone who may not edit it', async () => {
    const { fetch } = serve(matrixResponse({ canEdit: false, canSetLimits: false }));
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    expect(cell('expenditure.commit', 'crew').tagName).not.toBe('BUTTON');
    expect(screen.queryByRole('button', { name: 'Save matrix' })).toBeNull();
    expect(screen.getByText(/You may view this matrix but not change it/)).toBeTruthy();
  });

  it('lets someone who may set limits change only the limits', async () => {
    const { fetch, calls } = serve(matrixResponse({ canEdit: false, canSetLimits: true }));
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    expect(cell('expenditure.commit', 'crew').tagName).not.toBe('BUTTON');
    fireEvent.click(screen.getByLabelText('Crew: no limit'));
    fireEvent.click(screen.getByRole('button', { name: 'Save matrix' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const body = calls.find((c) => c.method === 'PUT')?.body as { matrix: AuthorityMatrixDto };
    expect(body.matrix.roleLimits.crew).toBeNull();
    expect(body.matrix.rules).toEqual(matrixResponse().matrix.rules);
  });
});

describe('personal signing limits', () => {
  it('adds a personal limit as a limits change: every rule and role limit goes back untouched', async () => {
    const response = matrixResponse({ canEdit: false, canSetLimits: true });
    const { fetch, calls } = serve(response);
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    expect(screen.getByTestId('personal-limits-empty')).toBeTruthy();
    expect(
      screen.getByText(/A personal limit replaces the limits of the person’s roles/),
    ).toBeTruthy();

    // Someone with two roles is offered once, with both.
    const select = await personSelect();
    expect(
      screen.getByRole('option', { name: 'Dana Reyes — Producer, Line producer' }),
    ).toBeTruthy();
    fireEvent.change(select, { target: { value: MORGAN } });
    fireEvent.change(screen.getByLabelText('Amount'), { target: { value: '25,000.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));

    fireEvent.change(screen.getByLabelText('Person'), { target: { value: ARI } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'No limit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));

    const rows = screen.getAllByTestId('personal-limit-row');
    expect(rows.map((r) => r.getAttribute('data-person-id'))).toEqual([MORGAN, ARI]);
    expect(rows[0]?.textContent).toMatch(/Morgan Lee.*Not saved.*Production manager/);
    expect(rows[1]?.textContent).toMatch(/Ari Cole.*Department head \(Camera\)/);
    expect(screen.getByLabelText<HTMLInputElement>('Signing limit for Morgan Lee').value).toBe(
      '25000.50',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Ari Cole: no limit').checked).toBe(true);
    // Those who have one are no longer offered.
    expect(screen.queryByRole('option', { name: /^Morgan Lee/ })).toBeNull();
    expect(screen.getByText('2 unsaved changes')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save matrix' }));
    const body = await putBody(calls);
    expect(body).toEqual({
      version: 7,
      matrix: { ...response.matrix, personLimits: { [MORGAN]: 2_500_050, [ARI]: null } },
    });
    expect(Object.keys(body.matrix.personLimits)).toEqual([MORGAN, ARI]);
    expect(body.matrix.rules).toEqual(matrixResponse().matrix.rules);
    expect(body.matrix.roleLimits).toEqual(matrixResponse().matrix.roleLimits);
  });

  it('changes and removes personal limits, keeping the others as they came', async () => {
    const response = withPersonLimits({ [DANA]: 500_000, [GONE]: 100, [ARI]: null, [SAM]: 0 });
    const { fetch, calls } = serve(response);
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    await personSelect();

    const rows = screen.getAllByTestId('personal-limit-row');
    expect(rows.map((r) => r.getAttribute('data-person-id'))).toEqual([DANA, GONE, ARI, SAM]);
    // A person the matrix names who has left the team is still listed, and can be removed.
    expect(rows[1]?.textContent).toMatch(/Someone no longer on the team/);
    expect(screen.getByLabelText<HTMLInputElement>('Signing limit for Dana Reyes').value).toBe(
      '5000.00',
    );
    expect(screen.getByText('No unsaved changes')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Signing limit for Dana Reyes'), {
      target: { value: '7,500' },
    });
    fireEvent.click(screen.getByLabelText('Ari Cole: no limit')); // no limit → an amount…
    fireEvent.change(screen.getByLabelText('Signing limit for Ari Cole'), {
      target: { value: '1000' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Sam Ortiz’s own limit' }));
    expect(screen.getAllByTestId('personal-limit-row')).toHaveLength(3);
    // Sam may be given one again from the add row.
    expect(screen.getByRole('option', { name: 'Sam Ortiz — Crew (Camera)' })).toBeTruthy();
    expect(screen.getByText('3 unsaved changes')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save matrix' }));
    const body = await putBody(calls);
    expect(body).toEqual({
      version: 7,
      matrix: {
        ...response.matrix,
        personLimits: { [DANA]: 750_000, [GONE]: 100, [ARI]: 100_000 },
      },
    });
    expect(Object.keys(body.matrix.personLimits)).toEqual([DANA, GONE, ARI]);
    expect(body.matrix.rules).toEqual(matrixResponse().matrix.rules);
  });

  it('sends the personal limits exactly as they came when only a role limit changes', async () => {
    const personLimits = { [DANA]: 500_000, [ARI]: null };
    const { fetch, calls } = serve(withPersonLimits(personLimits));
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    await personSelect();
    // Removed and added back as it was: no change at all.
    fireEvent.click(screen.getByRole('button', { name: 'Remove Dana Reyes’s own limit' }));
    fireEvent.change(screen.getByLabelText('Person'), { target: { value: DANA } });
    fireEvent.change(screen.getByLabelText('Amount'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('No unsaved changes')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Crew: no limit'));
    fireEvent.click(screen.getByRole('button', { name: 'Save matrix' }));
    const body = await putBody(calls);
    expect(body.matrix.personLimits).toEqual(personLimits);
    expect(Object.keys(body.matrix.personLimits)).toEqual([DANA, ARI]);
    expect(body.matrix.roleLimits.crew).toBeNull();
  });

  it('says what is missing instead of adding or saving a personal limit without an amount', async () => {
    const { fetch, calls } = serve(withPersonLimits({ [DANA]: 500_000 }));
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    await personSelect();

    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a person.');
    fireEvent.change(screen.getByLabelText('Person'), { target: { value: MORGAN } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter an amount, or tick “No limit”.');
    fireEvent.change(screen.getByLabelText('Amount'), { target: { value: '12.345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('Amount: Use at most 2 decimal places');
    expect(screen.getAllByTestId('personal-limit-row')).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('Signing limit for Dana Reyes'), {
      target: { value: '' },
    });
    expect(
      screen.getByText('Personal limit for Dana Reyes: Enter an amount, or tick “No limit”'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save matrix' }));
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('is read-only without the right to set limits', async () => {
    const { fetch } = serve(
      withPersonLimits({ [DANA]: 500_000, [ARI]: null }, { canEdit: true, canSetLimits: false }),
    );
    renderWithApi(<AuthorityMatrixTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('authority-matrix');
    const table = screen.getByTestId('personal-limits');
    await waitFor(() => expect(table.textContent).toMatch(/Dana Reyes/));
    const rows = within(table).getAllByTestId('personal-limit-row');
    expect(rows[0]?.textContent).toMatch(/Dana Reyes.*Producer, Line producer.*\$5,000\.00/);
    expect(rows[1]?.textContent).toMatch(/Ari Cole.*Department head \(Camera\).*No limit/);
    expect(within(table).queryByRole('button')).toBeNull();
    expect(within(table).queryByRole('textbox')).toBeNull();
    expect(within(table).queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add a personal limit' })).toBeNull();
    expect(screen.queryByLabelText('Person')).toBeNull();
  });
});

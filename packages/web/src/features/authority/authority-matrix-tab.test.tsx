import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AuthorityMatrixDto, AuthorityMatrixResponse } from '@greenlight/contract';
import { currencyCode, defaultAuthorityMatrix } from '@greenlight/domain';
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
    if (call.method === 'PUT' && call.path === MATRIX_PATH) return onPut();
    return apiError(404, 'not-found', `unexpected ${call.method} ${call.path}`);
  });

const cell = (action: string, role: string) => screen.getByTestId(`cell-${action}-${role}`);

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

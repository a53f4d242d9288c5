import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ApprovalRequestDto } from '@greenlight/contract';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  type FakeReply,
} from '../../testing/fake-api';
import { ApprovalCard } from './approval-card';

afterEach(cleanup);

const REQUEST_ID = '00000000-0000-4000-8000-00000000b001';

const request = (flags: Partial<ApprovalRequestDto> = {}): ApprovalRequestDto => ({
  id: REQUEST_ID,
  productionId: TEST_PRODUCTION.id,
  productionTitle: TEST_PRODUCTION.title,
  currency: 'USD',
  action: 'expenditure.commit',
  actionLabel: 'Commit an expenditure',
  requestedBy: '00000000-0000-4000-8000-000000000009',
  requestedByName: 'Sam Ortiz',
  amount: 1_850_000,
  department: 'camera',
  summary: 'Crane and remote head, 2 weeks',
  payload: null,
  status: 'pending',
  routedTo: [{ personId: '00000000-0000-4000-8000-000000000002', name: 'Dana Reyes' }],
  level: 0,
  createdAt: '2026-02-01T10:00:00.000Z',
  decidedAt: null,
  decidedBy: null,
  decidedByName: null,
  decisionReason: null,
  canDecide: false,
  canWithdraw: false,
  canEscalate: false,
  ...flags,
});

const NOW = Date.parse('2026-02-01T13:00:00.000Z');

const renderCard = (
  req: ApprovalRequestDto,
  reply: (path: string) => FakeReply = () => ({ status: 200, body: req }),
) => {
  const { fetch, calls } = fakeFetch((call) => reply(call.path));
  const onChanged = vi.fn();
  renderWithApi(<ApprovalCard request={req} onChanged={onChanged} showProduction now={NOW} />, {
    fetch,
  });
  return { calls, onChanged };
};

const buttonNames = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('an approval request in the inbox', () => {
  it('shows who asked, what, how much, whom it waits on and how long ago', () => {
    renderCard(request());
    const card = screen.getByRole('article', { name: /Crane and remote head/ });
    expect(card.textContent).toContain('Commit an expenditure');
    expect(card.textContent).toContain('Sam Ortiz');
    expect(card.textContent).toContain('$18,500.00');
    expect(card.textContent).toContain('Dana Reyes');
    expect(card.textContent).toContain('The Long Night');
    expect(card.textContent).toContain('3 h ago');
  });

  it.each([
    [{}, []],
    [{ canDecide: true }, ['Approve', 'Reject']],
    [{ canEscalate: true }, ['Escalate']],
    [{ canWithdraw: true }, ['Withdraw']],
    [{ canDecide: true, canEscalate: true }, ['Approve', 'Reject', 'Escalate']],
    [
      { canDecide: true, canEscalate: true, canWithdraw: true },
      ['Approve', 'Reject', 'Escalate', 'Withdraw'],
    ],
  ])('with flags %j shows exactly %j', (flags, buttons) => {
    renderCard(request(flags));
    expect(buttonNames()).toEqual(buttons);
  });

  it('approves with one click and reports the request as the server returned it', async () => {
    const approved = request({ status: 'approved', decidedByName: 'Dana Reyes' });
    const { calls, onChanged } = renderCard(request({ canDecide: true }), () => ({
      status: 200,
      body: approved,
    }));
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(approved));
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.path).toBe(`/api/v1/approvals/${REQUEST_ID}/approve`);
  });

  it('asks for a reason before rejecting, then sends it', async () => {
    const { calls, onChanged } = renderCard(request({ canDecide: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const reason = screen.getByLabelText('Reason for rejecting');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm rejection' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Say why/);
    expect(calls).toHaveLength(0);
    fireEvent.change(reason, { target: { value: 'Over budget for the week' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm rejection' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(calls[0]?.path).toBe(`/api/v1/approvals/${REQUEST_ID}/reject`);
    expect(calls[0]?.body).toEqual({ reason: 'Over budget for the week' });
  });

  it('shows an API refusal inline, in words', async () => {
    renderCard(request({ canDecide: true }), () =>
      apiError(403, 'forbidden', 'Your signing limit of $10,000.00 does not cover $18,500.00'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your signing limit of $10,000.00 does not cover $18,500.00',
    );
  });
});

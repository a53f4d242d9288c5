import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { AuditEntryDto } from '@greenlight/contract';
import { fakeFetch, renderWithApi, TEST_PRODUCTION } from '../../testing/fake-api';
import { AuditLogTab } from './audit-log-tab';

afterEach(cleanup);

const entry = (sequence: number, outcome = 'allowed'): AuditEntryDto => ({
  sequence,
  productionId: TEST_PRODUCTION.id,
  at: '2026-02-01T18:30:00.000Z',
  actorPersonId: null,
  actorName: 'Priya Natarajan',
  summary: sequence === 1 ? 'Camera package, 6 weeks' : null,
  action: 'expenditure.commit',
  outcome,
  rule: 'Production manager may commit an expenditure up to $10,000.00',
  amount: 850_000,
  approvalRequestId: null,
  details: null,
});

describe('the audit log', () => {
  it('shows entries in the production time zone with labels, pages back with `before` and filters by outcome', async () => {
    const { fetch, calls } = fakeFetch((call) => {
      const url = new URL(call.path, 'http://x');
      const before = Number(url.searchParams.get('before') ?? 1000);
      const outcome = url.searchParams.get('outcome');
      const all = Array.from({ length: 70 }, (_, i) =>
        entry(70 - i, i % 10 === 0 ? 'denied' : 'allowed'),
      );
      const entries = all
        .filter((e) => e.sequence < before && (!outcome || e.outcome === outcome))
        .slice(0, 50);
      return { status: 200, body: { entries, currency: 'USD' } };
    });
    renderWithApi(<AuditLogTab />, { fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('audit-log');
    const rows = () => screen.getAllByTestId('audit-row');
    expect(rows()).toHaveLength(50);
    const first = rows()[0]?.textContent ?? '';
    expect(first).toContain('1 Feb 2026, 10:30 PST');
    expect(first).toContain('Commit an expenditure');
    expect(first).toContain('$8,500.00');

    fireEvent.click(screen.getByRole('button', { name: 'Load older' }));
    await waitFor(() => expect(rows()).toHaveLength(70));
    expect(calls.at(-1)?.path).toContain('before=21');
    // What the action was about is shown under its label.
    expect(rows().at(-1)?.textContent ?? '').toContain('Camera package, 6 weeks');
    expect(screen.queryByRole('button', { name: 'Load older' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'denied' } });
    await waitFor(() => expect(rows()).toHaveLength(7));
    expect(calls.at(-1)?.path).toContain('outcome=denied');
  });
});

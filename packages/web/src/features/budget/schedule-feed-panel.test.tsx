import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ActionResultDto, ScheduleFeedDto } from '@greenlight/contract';
import { BUDGET_IDS } from '../../testing/budget-version';
import { apiError, fakeFetch, renderWithApi, TEST_PRODUCTION } from '../../testing/fake-api';
import type { BudgetOutcome } from './budget-outcome';
import { ScheduleFeedPanel } from './schedule-feed-panel';

const FEED: ScheduleFeedDto = {
  versionId: BUDGET_IDS.draft,
  revision: 5,
  board: { id: '00000000-0000-4000-8000-0000000000d1', name: 'Shooting board' },
  facts: { shootDays: 22, cast: [{ castNumber: 1, name: 'MARGOT', workDays: 6, holdDays: 1 }] },
  globals: [{ name: 'SHOOT_DAYS', link: { kind: 'shoot-days' }, before: 20_000, after: 22_000 }],
  lines: [
    {
      lineId: 'cast-1',
      accountNumber: '1500',
      description: 'MARGOT (cast #1)',
      link: { kind: 'cast-work-days', castNumber: 1 },
      global: null,
      quantityBefore: 4000,
      quantityAfter: 6000,
      totalBefore: 600_000,
      totalAfter: 900_000,
      delta: 300_000,
    },
  ],
  warnings: [],
  grandTotal: { before: 100_000_000, after: 100_330_000, delta: 330_000 },
};

afterEach(cleanup);

describe('the schedule feed', () => {
  it('lists what the board changes, old and new, and applies it at the grid’s revision', async () => {
    const path = `/api/v1/productions/${TEST_PRODUCTION.id}/budget-versions/${BUDGET_IDS.draft}/schedule-feed`;
    const server = fakeFetch((call) =>
      call.method === 'GET' && call.path === path
        ? { status: 200, body: FEED }
        : call.method === 'POST' && call.path === `${path}/apply`
          ? {
              status: 200,
              body: {
                outcome: 'allowed',
                rule: 'The UPM may',
                result: null,
              } satisfies ActionResultDto,
            }
          : apiError(404, 'not-found', 'no'),
    );
    const reported: BudgetOutcome[] = [];
    let applied = 0;
    renderWithApi(
      <ScheduleFeedPanel
        productionId={TEST_PRODUCTION.id}
        versionId={BUDGET_IDS.draft}
        currency="USD"
        editable
        revision={7}
        report={(o) => reported.push(o)}
        onApplied={() => (applied += 1)}
      />,
      { fetch: server.fetch, production: TEST_PRODUCTION },
    );
    const row = await screen.findByTestId('feed-line');
    expect(row.textContent).toContain('4 → 6');
    expect(row.textContent).toContain('$6,000.00');
    expect(row.textContent).toContain('$9,000.00');
    expect(row.textContent).toContain('+$3,000.00');
    expect(screen.getByTestId('feed-new-total').textContent).toBe('$1,003,300.00');
    fireEvent.click(screen.getByTestId('apply-feed'));
    await waitFor(() => expect(applied).toBe(1));
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({ revision: 7 });
    expect(reported[0]).toMatchObject({ kind: 'result' });
  });
});

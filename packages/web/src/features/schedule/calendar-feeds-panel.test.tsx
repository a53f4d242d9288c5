import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CalendarFeedDto, CreatedCalendarFeedDto } from '@greenlight/contract';
import { apiError, fakeFetch, renderWithApi, TEST_PRODUCTION } from '../../testing/fake-api';
import { CalendarFeedsPanel } from './calendar-feeds-panel';

afterEach(cleanup);

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}/calendar-feeds`;
const URL_OF = (n: number) =>
  `https://office.example/api/v1/calendar-feeds/secret-${n}/calendar.ics`;

/** A fake server keeping the caller's live feeds, one per scope, as the real one does. */
const serve = () => {
  let feeds: CalendarFeedDto[] = [];
  let made = 0;
  return fakeFetch((call) => {
    if (call.method === 'GET' && call.path === BASE) return { status: 200, body: { feeds } };
    if (call.method === 'POST' && call.path === BASE) {
      made += 1;
      const { scope } = call.body as { scope: CalendarFeedDto['scope'] };
      const replaced = feeds.find((f) => f.scope === scope) ?? null;
      const feed: CalendarFeedDto = {
        id: `00000000-0000-4000-8000-00000000000${made}`,
        scope,
        createdAt: '2026-12-01T10:00:00.000Z',
      };
      feeds = [...feeds.filter((f) => f.scope !== scope), feed];
      const created: CreatedCalendarFeedDto = {
        feed,
        url: URL_OF(made),
        webcalUrl: URL_OF(made).replace('https://', 'webcal://'),
        replacedFeedId: replaced?.id ?? null,
      };
      return { status: 201, body: created };
    }
    if (call.method === 'DELETE' && call.path.startsWith(`${BASE}/`)) {
      const id = call.path.slice(BASE.length + 1);
      feeds = feeds.filter((f) => f.id !== id);
      return { status: 200, body: { ok: true } };
    }
    return apiError(404, 'not-found', `unexpected ${call.method} ${call.path}`);
  });
};

const render = (server: ReturnType<typeof serve>) =>
  renderWithApi(<CalendarFeedsPanel productionId={TEST_PRODUCTION.id} />, {
    fetch: server.fetch,
    production: TEST_PRODUCTION,
  });

describe('the calendar subscriptions panel', () => {
  it('makes a link, shows it once with Copy and webcal, then lists it with Reset and Stop', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const server = serve();
    render(server);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Subscribe to the production calendar' }),
    );

    const url = await screen.findByTestId<HTMLInputElement>('feed-url');
    expect(url.value).toBe(URL_OF(1));
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({ scope: 'production' });
    expect(screen.getByRole('link', { name: 'Open in calendar app' }).getAttribute('href')).toBe(
      'webcal://office.example/api/v1/calendar-feeds/secret-1/calendar.ics',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByRole('button', { name: 'Copied' });
    expect(writeText).toHaveBeenCalledWith(URL_OF(1));

    // The list shows the live link (never its URL); only the other calendar is left to subscribe to.
    const row = await screen.findByTestId('calendar-feed-row');
    expect(row.getAttribute('data-scope')).toBe('production');
    expect(within(row).getByText('The production calendar')).toBeTruthy();
    expect(
      screen.queryByRole('button', { name: 'Subscribe to the production calendar' }),
    ).toBeNull();
    expect(screen.getByRole('button', { name: 'Subscribe to my calendar' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('feed-url')).toBeNull();
  });

  it('resets a link (the old one stops) and stops sharing', async () => {
    const server = serve();
    render(server);
    fireEvent.click(await screen.findByRole('button', { name: 'Subscribe to my calendar' }));
    // Rows wait for the list to reload after each change (a row may name a link that just stopped).
    const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
    const whenReady = async (name: string) => {
      await waitFor(() => expect(button(name).disabled).toBe(false));
      fireEvent.click(button(name));
    };
    await whenReady('Reset the link to my calendar');
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('feed-url').value).toBe(URL_OF(2)),
    );
    expect(screen.getByText(/the old link has stopped working/)).toBeTruthy();

    await whenReady('Stop sharing my calendar');
    await screen.findByText(/Stopped sharing my calendar/);
    expect(server.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([
      `${BASE}/00000000-0000-4000-8000-000000000002`,
    ]);
    await waitFor(() => expect(screen.queryByTestId('calendar-feed-row')).toBeNull());
    // The link just shown belonged to the feed that stopped: it is hidden with it.
    expect(screen.queryByTestId('feed-url')).toBeNull();
  });

  it('says why a link could not be made', async () => {
    const server = fakeFetch((call) =>
      call.method === 'GET'
        ? { status: 200, body: { feeds: [] } }
        : apiError(403, 'forbidden', 'The financier’s representative may not view the schedule'),
    );
    renderWithApi(<CalendarFeedsPanel productionId={TEST_PRODUCTION.id} />, {
      fetch: server.fetch,
      production: TEST_PRODUCTION,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Subscribe to my calendar' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/may not view the schedule/);
  });
});

import { useState } from 'react';
import type { CalendarFeedDto, CreatedCalendarFeedDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Notice } from '../../ui/feedback';
import { formatInstant } from '../../ui/format-time';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import { FEED_SCOPE_LABELS } from './feed-scope-labels';
import { NewFeedLink } from './new-feed-link';

type Scope = CalendarFeedDto['scope'];

const SUBSCRIBE_TEXT: Readonly<Record<Scope, string>> = {
  production: 'Subscribe to the production calendar',
  person: 'Subscribe to my calendar',
};
const SCOPES: readonly Scope[] = ['production', 'person'];

type CalendarFeedsPanelProps = { readonly productionId: string };

/**
 * Calendar subscriptions: a private link per calendar that a calendar app polls (it cannot sign in), the
 * caller's live links with "Reset link" (a new link; the old one stops) and "Stop sharing".
 */
export const CalendarFeedsPanel = ({ productionId }: CalendarFeedsPanelProps) => {
  const client = useClient();
  const { production } = useProduction();
  const query = useQuery(`calendar-feeds:${productionId}`, (c) =>
    c.call('calendarFeeds', { params: { productionId } }),
  );
  const [created, setCreated] = useState<CreatedCalendarFeedDto | null>(null);
  const [stopped, setStopped] = useState<Scope | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // While a change or the reload after it is under way, the list may name a link that just stopped.
  const locked = busy || query.loading;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setStopped(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      query.reload();
    }
  };

  const subscribe = (scope: Scope) =>
    run(async () => {
      setCreated(
        await client.call('createCalendarFeed', { params: { productionId }, body: { scope } }),
      );
    });

  const stopSharing = (feed: CalendarFeedDto) =>
    run(async () => {
      await client.call('revokeCalendarFeed', { params: { productionId, feedId: feed.id } });
      if (created?.feed.id === feed.id) setCreated(null);
      setStopped(feed.scope);
    });

  return (
    <section className="panel calendar-feeds" aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Subscribe</h2>
      <p className="muted">
        A private link your calendar app (Google Calendar, Apple Calendar, Outlook) checks every few
        hours, so changes to the schedule show up by themselves. Anyone with the link can read the
        calendar: keep it to yourself, and reset it if it gets out.
      </p>
      {created === null ? null : <NewFeedLink created={created} onDone={() => setCreated(null)} />}
      {error === null ? null : <ErrorMessage error={error} />}
      {stopped === null ? null : (
        <Notice tone="info">
          Stopped sharing {FEED_SCOPE_LABELS[stopped].toLowerCase()}: its link no longer works.
        </Notice>
      )}
      <QueryView query={query} loadingLabel="Loading your subscriptions…">
        {({ feeds }) => {
          const live = new Set(feeds.map((f) => f.scope));
          const missing = SCOPES.filter((scope) => !live.has(scope));
          return (
            <>
              {feeds.length === 0 ? null : (
                <ul className="plain-list calendar-feeds__list" data-testid="calendar-feeds">
                  {feeds.map((feed) => (
                    <li
                      key={feed.id}
                      className="calendar-feeds__item"
                      data-testid="calendar-feed-row"
                      data-scope={feed.scope}
                    >
                      <span className="calendar-feeds__name">{FEED_SCOPE_LABELS[feed.scope]}</span>
                      <span className="muted">
                        Shared since {formatInstant(feed.createdAt, production.timeZone)}
                      </span>
                      <span className="calendar-feeds__actions">
                        <button
                          type="button"
                          className="button button--small"
                          disabled={locked}
                          onClick={() => void subscribe(feed.scope)}
                          aria-label={`Reset the link to ${FEED_SCOPE_LABELS[feed.scope].toLowerCase()}`}
                        >
                          Reset link
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger-ghost"
                          disabled={locked}
                          onClick={() => void stopSharing(feed)}
                          aria-label={`Stop sharing ${FEED_SCOPE_LABELS[feed.scope].toLowerCase()}`}
                        >
                          Stop sharing
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {missing.length === 0 ? null : (
                <div className="form__actions calendar-feeds__subscribe">
                  {missing.map((scope) => (
                    <button
                      key={scope}
                      type="button"
                      className="button"
                      disabled={locked}
                      onClick={() => void subscribe(scope)}
                      data-testid={`subscribe-${scope}`}
                    >
                      {SUBSCRIBE_TEXT[scope]}
                    </button>
                  ))}
                </div>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
};

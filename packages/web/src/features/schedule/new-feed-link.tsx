import { useRef, useState } from 'react';
import type { CreatedCalendarFeedDto } from '@greenlight/contract';
import { FEED_SCOPE_LABELS } from './feed-scope-labels';

type NewFeedLinkProps = {
  readonly created: CreatedCalendarFeedDto;
  readonly onDone: () => void;
};

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * A link just made, shown this once (the server keeps only its hash): copy it into a calendar app's "add
 * by URL", or open it there through webcal://.
 */
export const NewFeedLink = ({ created, onDone }: NewFeedLinkProps) => {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const label = FEED_SCOPE_LABELS[created.feed.scope];

  const copyLink = async () => {
    try {
      // Absent outside secure contexts (plain http on another host than localhost).
      await navigator.clipboard.writeText(created.url);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('manual');
    }
  };

  return (
    <div className="feed-link" role="group" aria-label={`New link to ${label.toLowerCase()}`}>
      <p className="feed-link__title">
        Your link to {label.toLowerCase()}
        {created.replacedFeedId === null ? null : (
          <span className="muted"> (the old link has stopped working)</span>
        )}
      </p>
      <p className="muted">
        Copy it now: it is shown only once. In Google Calendar choose “From URL”, in Outlook
        “Subscribe from web”, or open it straight in your calendar app.
      </p>
      <div className="feed-link__row">
        <input
          ref={input}
          type="text"
          readOnly
          value={created.url}
          aria-label="Subscription link"
          className="feed-link__url"
          data-testid="feed-url"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--primary"
          onClick={() => void copyLink()}
          data-testid="copy-feed-url"
        >
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </button>
        <a className="button" href={created.webcalUrl} data-testid="open-feed">
          Open in calendar app
        </a>
      </div>
      {copy === 'manual' ? (
        <p className="muted" role="status">
          The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
};

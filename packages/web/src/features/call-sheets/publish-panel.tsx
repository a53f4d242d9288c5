import type { CallSheetDayDto } from '@greenlight/contract';

type PublishPanelProps = {
  readonly day: CallSheetDayDto;
  readonly changed: boolean;
  readonly busy: 'save' | 'publish' | null;
  readonly onPublish: () => void;
};

/**
 * Before publishing, what the team will be told: the first issue, or the revision's changes as the server
 * lists them. Unsaved edits are not in what would go out, so publishing waits for the save.
 */
export const PublishPanel = ({ day, changed, busy, onPublish }: PublishPanelProps) => {
  const latest = day.latest;
  const next = (latest?.revision ?? 0) + 1;
  return (
    <section
      className="panel cs-publish"
      aria-labelledby="cs-publish-heading"
      data-testid="publish-panel"
    >
      <div className="cs-publish__head">
        <h3 id="cs-publish-heading">
          {latest === null ? 'Not published yet' : `Published revision ${latest.revision}`}
        </h3>
        <button
          type="button"
          className="button button--primary"
          disabled={changed || busy !== null}
          onClick={onPublish}
          data-testid="publish-call-sheet"
        >
          {busy === 'publish'
            ? 'Publishing…'
            : latest === null
              ? 'Publish'
              : `Publish revision ${next}`}
        </button>
      </div>
      {changed ? (
        <p className="cs-publish__hint">
          Save your changes first: publishing sends the saved sheet.
        </p>
      ) : null}
      {latest === null ? (
        <p className="muted" data-testid="publish-changes">
          The first issue: the PDF is emailed to everyone on the team who may see the schedule, each
          with a link to confirm they have it.
        </p>
      ) : day.changesSinceLatest.length === 0 ? (
        <p className="muted" data-testid="publish-changes">
          Nothing has changed since revision {latest.revision}.
        </p>
      ) : (
        <div data-testid="publish-changes">
          <p className="cs-publish__what">What will change:</p>
          <ul className="cs-changes">
            {day.changesSinceLatest.map((change) => (
              <li key={change} data-testid="publish-change">
                {change}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
};

import { Link } from '../../router/router';
import { formatCalendarDate } from '../../ui/format-time';
import { SCRIPT_VIEWS, scriptViewHref, type ScriptViewId } from './script-views';
import { useScriptWorkspace } from './script-workspace';

type ScriptHeaderProps = {
  readonly view: ScriptViewId | null;
  readonly importing: boolean;
  readonly onImport: () => void;
};

/** The current draft (title, revision colour, date, length), the views of the script, and "Import". */
export const ScriptHeader = ({ view, importing, onImport }: ScriptHeaderProps) => {
  const { overview, productionId } = useScriptWorkspace();
  const { draft } = overview;
  if (!draft) return null;
  const reviewCount = overview.review.length;
  return (
    <div className="script-header">
      <div className="script-header__draft">
        <span
          className="revision-swatch revision-swatch--large"
          style={{ background: draft.revisionHex }}
          aria-hidden="true"
        />
        <div>
          <h2 className="script-header__title" data-testid="script-title">
            {draft.title ?? draft.fileName}
          </h2>
          <p className="muted" data-testid="current-draft">
            <strong className="script-header__revision">{draft.revisionLabel}</strong> ·{' '}
            {formatCalendarDate(draft.draftDate)} · {overview.scenes.length}{' '}
            {overview.scenes.length === 1 ? 'scene' : 'scenes'} · {overview.totalPages}{' '}
            {overview.totalPages === '1' ? 'page' : 'pages'}
          </p>
        </div>
      </div>
      <nav className="segmented" aria-label="Script views">
        {SCRIPT_VIEWS.map((v) => (
          <Link
            key={v.id}
            to={scriptViewHref(productionId, v.id)}
            className="segmented__item"
            aria-current={v.id === view ? 'page' : undefined}
            data-testid={`script-view-${v.id}`}
          >
            {v.label}
            {v.id === 'revisions' && reviewCount > 0 ? (
              <span
                className="count-badge count-badge--small"
                data-testid="review-count"
                aria-label={`${reviewCount} to review`}
              >
                {reviewCount}
              </span>
            ) : null}
          </Link>
        ))}
      </nav>
      <button
        type="button"
        className="button"
        onClick={onImport}
        aria-expanded={importing}
        data-testid="import-revision"
      >
        {importing ? 'Close import' : 'Import a revision'}
      </button>
    </div>
  );
};

import { Link } from '../../router/router';
import { Notice } from '../../ui/feedback';
import { ActionResultNotice } from '../approvals/action-result-notice';
import type { ImportedDraft } from './script-import-panel';
import { scriptViewHref } from './script-views';
import { useScriptWorkspace } from './script-workspace';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

type ImportSummaryProps = { readonly imported: ImportedDraft; readonly onDismiss: () => void };

/** What an import did: scenes added, changed and omitted, tags kept, tags to review. */
export const ImportSummary = ({ imported, onDismiss }: ImportSummaryProps) => {
  const { overview, productionId } = useScriptWorkspace();
  const { draft } = overview;
  if (imported.result.outcome === 'approval-requested') {
    return (
      <ActionResultNotice result={imported.result} doneText={`Imported ${imported.fileName}`} />
    );
  }
  if (!draft) return null;
  const counts = draft.sceneCounts;
  const reported = imported.result.result;
  const fromResult = (key: string): number | undefined => {
    if (typeof reported !== 'object' || reported === null || Array.isArray(reported))
      return undefined;
    const value = (reported as Record<string, unknown>)[key];
    return typeof value === 'number' ? value : undefined;
  };
  const kept = fromResult('tagsKept') ?? overview.tags.filter((t) => t.current).length;
  const review = fromResult('tagsForReview') ?? overview.review.length;
  const first = draft.number === 1;
  return (
    <Notice tone={review > 0 ? 'warning' : 'success'}>
      <div className="import-summary" data-testid="import-summary">
        <div>
          <strong>
            Imported {imported.fileName} as the {draft.revisionLabel.toLowerCase()}.
          </strong>{' '}
          {first ? (
            <>
              {plural(overview.scenes.length, 'scene', 'scenes')}, {overview.totalPages} pages.
            </>
          ) : (
            <>
              <span data-testid="import-counts">
                {plural(counts.added, 'scene', 'scenes')} added, {counts.changed} changed,{' '}
                {counts.omitted} omitted
              </span>
              ; {plural(kept, 'tag', 'tags')} kept
              {review > 0 ? (
                <>
                  ,{' '}
                  <Link to={scriptViewHref(productionId, 'revisions')} data-testid="import-review">
                    {plural(review, 'tag', 'tags')} to review
                  </Link>
                </>
              ) : null}
              .
            </>
          )}
          {draft.diagnostics.length > 0 ? (
            <span className="muted">
              {' '}
              The importer noted {plural(draft.diagnostics.length, 'thing', 'things')} in the file.
            </span>
          ) : null}
        </div>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={onDismiss}
          aria-label="Dismiss the import summary"
        >
          ×
        </button>
      </div>
    </Notice>
  );
};

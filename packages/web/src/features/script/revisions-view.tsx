import { formatCalendarDate, formatInstant } from '../../ui/format-time';
import { useProduction } from '../production/production-context';
import { DraftChanges } from './draft-changes';
import { ReviewList } from './review-list';
import { useScriptWorkspace } from './script-workspace';

/** The review list first (what needs a decision), then what this revision changed, then every draft. */
export const RevisionsView = () => {
  const { overview } = useScriptWorkspace();
  const { production } = useProduction();
  const drafts = [...overview.drafts].sort((a, b) => b.number - a.number);
  return (
    <div className="stack">
      <ReviewList />
      <DraftChanges />
      <div className="table-wrap">
        <table className="table" data-testid="drafts-table">
          <caption className="table-caption">Drafts</caption>
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">Draft date</th>
              <th scope="col">File</th>
              <th scope="col">Imported</th>
              <th scope="col" className="num">
                Added
              </th>
              <th scope="col" className="num">
                Changed
              </th>
              <th scope="col" className="num">
                Omitted
              </th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <tr
                key={draft.id}
                data-testid="draft-row"
                data-current={draft.id === overview.draft?.id ? 'true' : undefined}
              >
                <th scope="row">
                  <span className="revision-cell">
                    <span
                      className="revision-swatch"
                      style={{ background: draft.revisionHex }}
                      aria-hidden="true"
                    />
                    <span>
                      <span className="row-title">{draft.revisionLabel}</span>
                      <span className="muted">
                        Draft {draft.number}
                        {draft.id === overview.draft?.id ? ' · current' : ''}
                      </span>
                    </span>
                  </span>
                </th>
                <td className="nowrap">{formatCalendarDate(draft.draftDate)}</td>
                <td>
                  <span className="row-title">{draft.fileName}</span>
                  <span className="muted">{draft.format.toUpperCase()}</span>
                </td>
                <td>
                  <span className="row-title">{draft.importedByName}</span>
                  <span className="muted">
                    {formatInstant(draft.importedAt, production.timeZone)}
                  </span>
                </td>
                <td className="num">{draft.sceneCounts.added}</td>
                <td className="num">{draft.sceneCounts.changed}</td>
                <td className="num">{draft.sceneCounts.omitted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
};

import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { BreakdownSheet } from './breakdown-sheet';
import { SceneNavigator } from './scene-navigator';
import { scriptViewHref } from './script-views';
import { useScriptWorkspace } from './script-workspace';
import { useSelectedScene } from './use-selected-scene';

/** One breakdown sheet per scene, the scenes alongside; all of them as one PDF. */
export const BreakdownView = () => {
  const { productionId, version, overview } = useScriptWorkspace();
  const scene = useSelectedScene();
  const query = useQuery(`breakdown-sheets:${productionId}:${version}`, (client) =>
    client.call('breakdownSheets', { params: { productionId } }),
  );
  const index = scene ? overview.scenes.findIndex((s) => s.id === scene.id) : -1;
  const previous = index > 0 ? overview.scenes[index - 1] : undefined;
  const next = index >= 0 ? overview.scenes[index + 1] : undefined;
  return (
    <div className="script-layout script-layout--sheet">
      <SceneNavigator view="breakdown" selectedId={scene?.id ?? null} />
      <div className="sheet-column">
        <div className="sheet-toolbar">
          <div className="sheet-toolbar__pager">
            {previous ? (
              <Link
                className="button button--small"
                to={scriptViewHref(productionId, 'breakdown', previous.id)}
                aria-label={`Previous scene, ${previous.number}`}
              >
                ← {previous.number}
              </Link>
            ) : (
              <span className="button button--small" aria-disabled="true">
                ←
              </span>
            )}
            <span className="muted">
              Sheet {index + 1} of {overview.scenes.length}
            </span>
            {next ? (
              <Link
                className="button button--small"
                to={scriptViewHref(productionId, 'breakdown', next.id)}
                aria-label={`Next scene, ${next.number}`}
              >
                {next.number} →
              </Link>
            ) : (
              <span className="button button--small" aria-disabled="true">
                →
              </span>
            )}
          </div>
          <a
            className="button"
            href={`/api/v1/productions/${productionId}/breakdown/sheets.pdf`}
            download
            data-testid="sheets-pdf"
          >
            Download all sheets (PDF)
          </a>
        </div>
        <QueryView query={query} loadingLabel="Loading the breakdown sheets…">
          {(data) => {
            const sheet = data.sheets.find((s) => s.sceneId === scene?.id);
            if (!scene || !sheet) {
              return <EmptyState title="There is no sheet for this scene" />;
            }
            return <BreakdownSheet sheet={sheet} scene={scene} />;
          }}
        </QueryView>
      </div>
    </div>
  );
};

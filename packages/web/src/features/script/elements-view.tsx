import type { ElementListsDto } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { QueryView } from '../../ui/query-view';
import { CastList } from './cast-list';
import { ElementLists } from './element-lists';
import { SetList } from './set-list';
import { useScriptWorkspace } from './script-workspace';

/** Element lists by category, the cast list with cast numbers, the sets with their locations; exports. */
export const ElementsView = () => {
  const { productionId, version } = useScriptWorkspace();
  const query = useQuery(`element-lists:${productionId}:${version}`, (client) =>
    client.call('elementLists', { params: { productionId } }),
  );
  const base = `/api/v1/productions/${productionId}`;
  return (
    <div className="stack">
      <div className="toolbar">
        <p className="toolbar__text muted">
          What every scene needs, for the departments and the schedule.
        </p>
        <div className="toolbar__actions downloads" aria-label="Downloads" role="group">
          <span className="downloads__label">Scene list</span>
          <a
            className="button button--small"
            href={`${base}/script/scenes.csv`}
            download
            data-testid="scenes-csv"
          >
            CSV
          </a>
          <a
            className="button button--small"
            href={`${base}/script/scenes.xlsx`}
            download
            data-testid="scenes-xlsx"
          >
            Excel
          </a>
          <span className="downloads__label">Elements</span>
          <a
            className="button button--small"
            href={`${base}/breakdown/elements.csv`}
            download
            data-testid="elements-csv"
          >
            CSV
          </a>
          <a
            className="button button--small"
            href={`${base}/breakdown/elements.xlsx`}
            download
            data-testid="elements-xlsx"
          >
            Excel
          </a>
        </div>
      </div>
      <QueryView query={query} loadingLabel="Loading the element lists…">
        {(lists: ElementListsDto) => (
          <>
            <div className="two-columns">
              <CastList cast={lists.cast} />
              <SetList sets={lists.sets} />
            </div>
            <ElementLists elements={lists.elements} />
          </>
        )}
      </QueryView>
    </div>
  );
};

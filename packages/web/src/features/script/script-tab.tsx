import { useCallback, useMemo, useState } from 'react';
import type { ActionResultDto, ScriptOverviewDto, TagReviewItemDto } from '@greenlight/contract';
import type { BreakdownCategory } from '@greenlight/domain';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { useLocation } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import { BreakdownView } from './breakdown-view';
import { ElementsView } from './elements-view';
import { RevisionsView } from './revisions-view';
import { ScriptHeader } from './script-header';
import { ImportSummary } from './import-summary';
import { ScriptImportPanel, type ImportedDraft } from './script-import-panel';
import { ScriptOutcomeToast } from './script-outcome-toast';
import { ScriptTextView } from './script-text-view';
import { scriptViewFromPath, type ScriptViewId } from './script-views';
import {
  ScriptWorkspaceContext,
  type CategoryInfo,
  type ScriptActionOutcome,
  type ScriptWorkspace,
} from './script-workspace';

/** The Script tab: import a draft, read and tag it, its breakdown sheets, element lists and revisions. */
export const ScriptTab = () => {
  const { production } = useProduction();
  const { pathname } = useLocation();
  const base = `/productions/${production.id}/script`;
  const view = scriptViewFromPath(pathname.startsWith(base) ? pathname.slice(base.length) : '');
  const query = useQuery(`script:${production.id}`, (client) =>
    client.call('script', { params: { productionId: production.id } }),
  );
  return (
    <QueryView query={query} loadingLabel="Loading the script…">
      {(overview) => (
        <ScriptTabContent
          overview={overview}
          view={view}
          productionId={production.id}
          reload={query.reload}
        />
      )}
    </QueryView>
  );
};

type ContentProps = {
  readonly overview: ScriptOverviewDto;
  readonly view: ScriptViewId | null;
  readonly productionId: string;
  readonly reload: () => void;
};

const ScriptTabContent = ({ overview, view, productionId, reload }: ContentProps) => {
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<ScriptActionOutcome | null>(null);
  const [reanchoring, setReanchoring] = useState<TagReviewItemDto | null>(null);
  const [importing, setImporting] = useState(false);
  const [lastImport, setLastImport] = useState<ImportedDraft | null>(null);

  const refresh = useCallback(() => {
    reload();
    setVersion((v) => v + 1);
  }, [reload]);

  const act = useCallback(
    async (doneText: string, send: () => Promise<ActionResultDto>): Promise<boolean> => {
      setOutcome(null);
      try {
        const result = await send();
        setOutcome({ kind: 'result', result, doneText });
        refresh();
        return true;
      } catch (caught) {
        setOutcome({ kind: 'error', message: describeError(caught) });
        return false;
      }
    },
    [refresh],
  );

  const workspace = useMemo<ScriptWorkspace>(
    () => ({
      productionId,
      overview,
      categories: new Map<BreakdownCategory, CategoryInfo>(
        overview.categories.map((c) => [c.id, c]),
      ),
      elements: new Map(overview.elements.map((e) => [e.id, e])),
      version,
      act,
      reanchoring,
      setReanchoring,
    }),
    [productionId, overview, version, act, reanchoring],
  );

  const onImported = (imported: ImportedDraft) => {
    setImporting(false);
    setLastImport(imported);
    refresh();
  };

  return (
    <ScriptWorkspaceContext.Provider value={workspace}>
      {overview.draft === null ? (
        <ScriptImportPanel first onImported={onImported} />
      ) : (
        <div className="stack script-tab">
          <ScriptHeader
            view={view}
            importing={importing}
            onImport={() => setImporting((open) => !open)}
          />
          {importing ? (
            <ScriptImportPanel
              first={false}
              onImported={onImported}
              onCancel={() => setImporting(false)}
            />
          ) : null}
          {lastImport ? (
            <ImportSummary imported={lastImport} onDismiss={() => setLastImport(null)} />
          ) : null}
          <ScriptViewContent view={view} />
        </div>
      )}
      <ScriptOutcomeToast outcome={outcome} onDismiss={() => setOutcome(null)} />
    </ScriptWorkspaceContext.Provider>
  );
};

const ScriptViewContent = ({ view }: { readonly view: ScriptViewId | null }) => {
  switch (view) {
    case 'script':
      return <ScriptTextView />;
    case 'breakdown':
      return <BreakdownView />;
    case 'elements':
      return <ElementsView />;
    case 'revisions':
      return <RevisionsView />;
    case null:
      return <EmptyState title="There is no such view of the script" />;
  }
};

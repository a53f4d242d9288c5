import type { SceneDto } from '@greenlight/contract';
import { Link } from '../../router/router';
import { scriptViewHref } from './script-views';
import { useScriptWorkspace } from './script-workspace';

/** What the current revision changed: scenes added, changed, omitted and renumbered. */
export const DraftChanges = () => {
  const { overview, productionId } = useScriptWorkspace();
  const { draft } = overview;
  if (!draft) return null;
  if (draft.number === 1) {
    return (
      <section className="panel" aria-labelledby="changes-heading">
        <h2 id="changes-heading">{draft.revisionLabel}</h2>
        <p className="muted">
          The first draft: {overview.scenes.length} scenes, {overview.totalPages} pages. Import a
          revision to see what it changes scene by scene.
        </p>
      </section>
    );
  }
  const added = overview.scenes.filter((s) => s.status === 'added');
  const changed = overview.scenes.filter((s) => s.status === 'changed');
  const renumbered = overview.scenes.filter(
    (s) => s.previousNumber !== null && s.previousNumber !== s.number,
  );
  const sceneLink = (scene: SceneDto) => (
    <Link
      to={scriptViewHref(productionId, 'script', scene.id)}
      className="scene-chip"
      key={scene.id}
    >
      {scene.number}
    </Link>
  );
  return (
    <section className="panel" aria-labelledby="changes-heading" data-testid="draft-changes">
      <h2 id="changes-heading">
        <span
          className="revision-swatch"
          style={{ background: draft.revisionHex }}
          aria-hidden="true"
        />{' '}
        What the {draft.revisionLabel.toLowerCase()} changed
      </h2>
      <dl className="changes">
        <div className="changes__row" data-testid="changes-added">
          <dt>
            <span className="scene-status scene-status--added">Added</span> {added.length}
          </dt>
          <dd>{added.length ? added.map(sceneLink) : <span className="muted">None</span>}</dd>
        </div>
        <div className="changes__row" data-testid="changes-changed">
          <dt>
            <span className="scene-status scene-status--changed">Changed</span> {changed.length}
          </dt>
          <dd>{changed.length ? changed.map(sceneLink) : <span className="muted">None</span>}</dd>
        </div>
        <div className="changes__row" data-testid="changes-omitted">
          <dt>
            <span className="scene-status scene-status--omitted">Omitted</span>{' '}
            {draft.omitted.length}
          </dt>
          <dd>
            {draft.omitted.length ? (
              draft.omitted.map((o) => (
                <span key={o.sceneId} className="scene-chip scene-chip--omitted" title={o.heading}>
                  {o.number} <span className="muted">{o.heading}</span>
                </span>
              ))
            ) : (
              <span className="muted">None</span>
            )}
          </dd>
        </div>
        <div className="changes__row" data-testid="changes-renumbered">
          <dt>
            <span className="scene-status">Renumbered</span> {renumbered.length}
          </dt>
          <dd>
            {renumbered.length ? (
              renumbered.map((s) => (
                <Link
                  key={s.id}
                  to={scriptViewHref(productionId, 'script', s.id)}
                  className="scene-chip"
                >
                  {s.previousNumber} → {s.number}
                </Link>
              ))
            ) : (
              <span className="muted">None</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
};

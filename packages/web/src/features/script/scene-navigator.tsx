import { useMemo, useState } from 'react';
import type { SceneDto } from '@greenlight/contract';
import { Link } from '../../router/router';
import { stripColour } from './strip-colour';
import { scriptViewHref, type ScriptViewId } from './script-views';
import { useScriptWorkspace } from './script-workspace';

type SceneNavigatorProps = {
  readonly view: ScriptViewId;
  readonly selectedId: string | null;
};

const STATUS_LABEL = { added: 'New', changed: 'Changed' } as const;

/** The scenes of the current draft as strips: number, INT/EXT, set, time, length, what changed. */
export const SceneNavigator = ({ view, selectedId }: SceneNavigatorProps) => {
  const { overview, productionId } = useScriptWorkspace();
  const [filter, setFilter] = useState('');
  const reviewBySceneId = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of overview.review) {
      counts.set(item.sceneId, (counts.get(item.sceneId) ?? 0) + 1);
    }
    return counts;
  }, [overview.review]);
  const revised = overview.draft !== null && overview.draft.number > 1;
  const needle = filter.trim().toLowerCase();
  const scenes = needle
    ? overview.scenes.filter((s) =>
        `${s.number} ${s.heading} ${s.characters.join(' ')}`.toLowerCase().includes(needle),
      )
    : overview.scenes;

  return (
    <nav className="scene-nav" aria-label="Scenes">
      <div className="scene-nav__head">
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="Find a scene, set or character"
          aria-label="Find a scene"
        />
        <p className="scene-nav__total muted">
          {overview.scenes.length} scenes · {overview.totalPages} pp
        </p>
      </div>
      <ol className="scene-nav__list">
        {scenes.map((scene) => (
          <li key={scene.id}>
            <SceneNavItem
              scene={scene}
              href={scriptViewHref(productionId, view, scene.id)}
              current={scene.id === selectedId}
              review={reviewBySceneId.get(scene.id) ?? 0}
              showStatus={revised}
            />
          </li>
        ))}
        {scenes.length === 0 ? <li className="scene-nav__empty muted">No scene matches</li> : null}
      </ol>
    </nav>
  );
};

type SceneNavItemProps = {
  readonly scene: SceneDto;
  readonly href: string;
  readonly current: boolean;
  readonly review: number;
  readonly showStatus: boolean;
};

const SceneNavItem = ({ scene, href, current, review, showStatus }: SceneNavItemProps) => {
  const strip = stripColour(scene);
  const status = showStatus && scene.status !== 'unchanged' ? scene.status : null;
  return (
    <Link
      to={href}
      className="scene-nav__item"
      aria-current={current ? 'true' : undefined}
      data-testid="scene-item"
      data-scene-number={scene.number}
      data-status={scene.status}
      title={`${scene.number}. ${scene.heading} (${scene.pages})`}
    >
      <span
        className="strip-dot"
        style={{ background: strip.colour }}
        title={strip.label}
        data-strip={strip.kind}
      />
      <span className="scene-nav__number">{scene.number}</span>
      <span className="scene-nav__main">
        <span className="scene-nav__set">
          {scene.intExt ? <span className="scene-nav__intext">{scene.intExt} </span> : null}
          {scene.set}
        </span>
        <span className="scene-nav__meta">
          {status ? (
            <span className={`scene-status scene-status--${status}`}>{STATUS_LABEL[status]}</span>
          ) : null}
          {scene.time ?? '—'}
          {scene.previousNumber ? (
            <span className="scene-nav__renumbered" title="Renumbered in this revision">
              {' '}
              · was {scene.previousNumber}
            </span>
          ) : null}
        </span>
      </span>
      <span className="scene-nav__side">
        <span className="scene-nav__eighths" title={`${scene.eighths} eighths`}>
          {scene.pages}
        </span>
        {review > 0 ? (
          <span
            className="count-badge count-badge--small"
            title={`${review} ${review === 1 ? 'tag' : 'tags'} to review`}
            aria-label={`${review} to review`}
          >
            {review}
          </span>
        ) : null}
      </span>
    </Link>
  );
};

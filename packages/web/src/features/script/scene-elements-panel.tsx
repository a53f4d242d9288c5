import type { SceneDto } from '@greenlight/contract';
import { Link } from '../../router/router';
import { scriptViewHref } from './script-views';
import { useScriptWorkspace, type CategoryInfo } from './script-workspace';

/** The elements tagged in the scene so far, by category: the sheet at a glance while tagging. */
export const SceneElementsPanel = ({ scene }: { readonly scene: SceneDto }) => {
  const { overview, elements, categories, productionId } = useScriptWorkspace();
  const groups = new Map<string, { category: CategoryInfo; names: Set<string> }>();
  for (const tag of overview.tags) {
    if (tag.sceneId !== scene.id || !tag.current) continue;
    const element = elements.get(tag.elementId);
    const category = element ? categories.get(element.category) : undefined;
    if (!element || !category) continue;
    const group = groups.get(category.id) ?? { category, names: new Set<string>() };
    group.names.add(
      element.castNumber !== null ? `${element.castNumber}. ${element.name}` : element.name,
    );
    groups.set(category.id, group);
  }
  const ordered = overview.categories.flatMap((c) => {
    const group = groups.get(c.id);
    return group ? [group] : [];
  });
  return (
    <section className="side-panel" aria-labelledby="scene-elements-heading">
      <div className="side-panel__head">
        <h3 id="scene-elements-heading">In this scene</h3>
        <Link
          to={scriptViewHref(productionId, 'breakdown', scene.id)}
          className="side-panel__link"
          data-testid="open-sheet"
        >
          Breakdown sheet →
        </Link>
      </div>
      {ordered.length === 0 ? (
        <p className="muted">
          Nothing tagged yet. Select words in the script to tag them as elements.
        </p>
      ) : (
        <dl className="scene-elements">
          {ordered.map(({ category, names }) => (
            <div key={category.id} className="scene-elements__group">
              <dt>
                <span
                  className="swatch"
                  style={{ background: category.colour }}
                  aria-hidden="true"
                />
                {category.label}
              </dt>
              <dd>{[...names].join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
};

import type { ElementListsDto } from '@greenlight/contract';
import { EmptyState } from '../../ui/feedback';
import { useScriptWorkspace } from './script-workspace';

type ElementEntry = ElementListsDto['elements'][number];

/** Every tagged element by category (cast has its own list): which scenes need it, how many pages. */
export const ElementLists = ({ elements }: { readonly elements: readonly ElementEntry[] }) => {
  const { overview } = useScriptWorkspace();
  const groups = overview.categories
    .filter((c) => c.id !== 'cast')
    .map((category) => ({
      category,
      items: elements.filter((e) => e.category === category.id),
    }))
    .filter((g) => g.items.length > 0);
  if (groups.length === 0) {
    return (
      <EmptyState title="No elements tagged yet">
        <p>Props, wardrobe, vehicles and the rest appear here as you tag them in the script.</p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="element-lists-heading" className="stack">
      <h2 id="element-lists-heading">Elements by category</h2>
      <div className="element-groups">
        {groups.map(({ category, items }) => (
          <div
            key={category.id}
            className="table-wrap element-group"
            data-testid="element-group"
            data-category={category.id}
          >
            <table className="table table--compact">
              <caption className="table-caption element-group__caption">
                <span
                  className="swatch"
                  style={{ background: category.colour }}
                  aria-hidden="true"
                />
                {category.label} <span className="muted">· {items.length}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Element</th>
                  <th scope="col">Scenes</th>
                  <th scope="col" className="num">
                    Pages
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.elementId} data-testid="element-row">
                    <th scope="row">{item.name}</th>
                    <td className="element-group__scenes">{item.sceneNumbers.join(', ') || '—'}</td>
                    <td className="num">{item.pages}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
};

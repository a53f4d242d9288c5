import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { BreakdownCategory } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import type { ElementSpan } from './selection-offsets';
import { nameFromSelection, nameKey } from './tag-name';
import { useScriptWorkspace, type CategoryInfo } from './script-workspace';

type TagPopoverProps = {
  readonly span: ElementSpan;
  readonly sceneId: string;
  readonly position: { readonly top: number; readonly left: number };
  readonly onClose: () => void;
};

/**
 * Tag the selected words: the element name (prefilled, editable), then a category — click it, or type to
 * filter and press Enter. An element of that category with the same name is reused. While a review item
 * is being re-marked, "Attach here" puts its tag on the selection instead.
 */
export const TagPopover = ({ span, sceneId, position, onClose }: TagPopoverProps) => {
  const { overview, productionId, act, reanchoring, setReanchoring, categories } =
    useScriptWorkspace();
  const client = useClient();
  const id = useId();
  const [name, setName] = useState(() => nameFromSelection(span.text) || span.text);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const draftId = overview.draft?.id ?? '';

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle
      ? overview.categories.filter(
          (c) => c.label.toLowerCase().includes(needle) || c.id.includes(needle),
        )
      : overview.categories;
  }, [filter, overview.categories]);

  const existing = (category: BreakdownCategory) =>
    overview.elements.find((e) => e.category === category && nameKey(e.name) === nameKey(name));

  const anchor = { elementIndex: span.elementIndex, start: span.start, end: span.end };

  const pick = async (category: CategoryInfo) => {
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    const found = existing(category.id);
    const ok = await act(`Tagged “${found?.name ?? trimmed}” as ${category.label}`, () =>
      client.call('tagElements', {
        params: { productionId },
        body: {
          draftId,
          tags: [
            found
              ? { sceneId, anchor, elementId: found.id }
              : { sceneId, anchor, category: category.id, name: trimmed },
          ],
        },
      }),
    );
    setBusy(false);
    if (ok) onClose();
  };

  const attach = async () => {
    if (!reanchoring || busy) return;
    setBusy(true);
    const ok = await act(`Re-marked “${reanchoring.elementName}” on “${span.text}”`, () =>
      client.call('resolveTagReview', {
        params: { productionId, tagId: reanchoring.tagId },
        body: { resolution: 'reanchor', draftId, sceneId, anchor },
      }),
    );
    setBusy(false);
    if (ok) {
      setReanchoring(null);
      onClose();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  const onFilterKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? 0 : (i + step + shown.length) % shown.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const category = shown[Math.min(active, shown.length - 1)];
      if (category) void pick(category);
    }
  };

  const reanchorCategory = reanchoring ? categories.get(reanchoring.category) : undefined;

  return (
    <div
      className="popover tag-popover"
      role="dialog"
      aria-label="Tag the selection"
      style={{ top: position.top, left: position.left }}
      onKeyDown={onKeyDown}
      data-testid="tag-popover"
    >
      {reanchoring ? (
        <div className="tag-popover__reanchor">
          <span
            className="swatch"
            style={{ background: reanchorCategory?.colour ?? '#999' }}
            aria-hidden="true"
          />
          <span>
            Re-mark <strong>{reanchoring.elementName}</strong> here?
          </span>
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => void attach()}
            disabled={busy}
          >
            Attach here
          </button>
        </div>
      ) : null}
      <p className="tag-popover__quote" title={span.text}>
        “{span.text}”
      </p>
      <label className="tag-popover__label" htmlFor={`${id}-name`}>
        Element name
      </label>
      <input
        id={`${id}-name`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={200}
        list={`${id}-existing`}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            const category = shown[Math.min(active, shown.length - 1)];
            if (category) void pick(category);
          }
        }}
      />
      <datalist id={`${id}-existing`}>
        {overview.elements.map((e) => (
          <option key={e.id} value={e.name} />
        ))}
      </datalist>
      <label className="tag-popover__label" htmlFor={`${id}-filter`}>
        Category
      </label>
      <input
        id={`${id}-filter`}
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }}
        onKeyDown={onFilterKeyDown}
        placeholder="Type to filter, Enter to tag"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-categories`}
        aria-activedescendant={shown[active] ? `${id}-category-${shown[active].id}` : undefined}
        autoComplete="off"
      />
      <ul
        className="tag-popover__categories"
        role="listbox"
        id={`${id}-categories`}
        aria-label="Categories"
      >
        {shown.map((category, index) => {
          const reused = existing(category.id);
          return (
            <li
              key={category.id}
              id={`${id}-category-${category.id}`}
              role="option"
              aria-selected={index === active}
              className="tag-popover__category"
              onMouseEnter={() => setActive(index)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void pick(category)}
              data-category={category.id}
            >
              <span className="swatch" style={{ background: category.colour }} aria-hidden="true" />
              <span className="tag-popover__category-label">{category.label}</span>
              {reused ? <span className="tag-popover__existing">existing</span> : null}
            </li>
          );
        })}
        {shown.length === 0 ? (
          <li className="muted tag-popover__none">No category matches</li>
        ) : null}
      </ul>
    </div>
  );
};

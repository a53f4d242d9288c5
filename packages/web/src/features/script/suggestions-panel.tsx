import { useState } from 'react';
import type { SuggestionDto } from '@greenlight/contract';
import type { BreakdownCategory } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../ui/feedback';
import { useScriptWorkspace } from './script-workspace';
import { nameKey } from './tag-name';

const REASON: Readonly<Record<SuggestionDto['reason'], string>> = {
  speaks: 'speaks',
  'first-appearance': 'first appearance',
  capitalised: 'in capitals',
};

/** What the draft suggests tagging in this scene: speaking cast, capitalised first appearances. */
export const SuggestionsPanel = ({ sceneId }: { readonly sceneId: string }) => {
  const { productionId, version, overview, act, categories, elements } = useScriptWorkspace();
  const client = useClient();
  const query = useQuery(`script-suggestions:${productionId}:${version}`, (c) =>
    c.call('suggestions', { params: { productionId } }),
  );
  const [chosen, setChosen] = useState<Readonly<Record<string, BreakdownCategory>>>({});
  const [busy, setBusy] = useState(false);
  const draftId = overview.draft?.id ?? '';
  const suggestions = (query.data?.suggestions ?? []).filter((s) => s.sceneId === sceneId);
  const cast = suggestions.filter((s) => s.category === 'cast');

  const keyOf = (s: SuggestionDto) => `${s.anchor.elementIndex}:${s.anchor.start}:${s.anchor.end}`;

  const tagOf = (s: SuggestionDto, category: BreakdownCategory) => {
    const found = [...elements.values()].find(
      (e) => e.category === category && nameKey(e.name) === nameKey(s.name),
    );
    const anchor = {
      elementIndex: s.anchor.elementIndex,
      start: s.anchor.start,
      end: s.anchor.end,
    };
    return found
      ? { sceneId, anchor, elementId: found.id }
      : { sceneId, anchor, category, name: s.name };
  };

  const accept = async (list: readonly SuggestionDto[], doneText: string) => {
    const tags = list.flatMap((s) => {
      const category = s.category ?? chosen[keyOf(s)];
      return category ? [tagOf(s, category)] : [];
    });
    if (tags.length === 0) return;
    setBusy(true);
    await act(doneText, () =>
      client.call('tagElements', { params: { productionId }, body: { draftId, tags } }),
    );
    setBusy(false);
  };

  return (
    <section className="side-panel" aria-labelledby="suggestions-heading" data-testid="suggestions">
      <div className="side-panel__head">
        <h3 id="suggestions-heading">Suggestions</h3>
        {cast.length > 1 ? (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() =>
              void accept(
                cast,
                `Tagged ${cast.length} cast members: ${cast.map((s) => s.name).join(', ')}`,
              )
            }
          >
            Accept all cast
          </button>
        ) : null}
      </div>
      {query.error !== undefined ? <ErrorMessage error={query.error} /> : null}
      {query.data === undefined && query.error === undefined ? (
        <p className="muted">Looking for elements…</p>
      ) : null}
      {query.data !== undefined && suggestions.length === 0 ? (
        <p className="muted">Nothing left to suggest in this scene.</p>
      ) : null}
      <ul className="plain-list suggestion-list">
        {suggestions.map((s) => {
          const key = keyOf(s);
          const category = s.category ? categories.get(s.category) : undefined;
          const picked = s.category ?? chosen[key];
          return (
            <li key={key} className="suggestion" data-testid="suggestion">
              <span
                className="swatch"
                style={{ background: category?.colour ?? '#d0d4cf' }}
                aria-hidden="true"
              />
              <span className="suggestion__text">
                <strong>{s.name}</strong>
                <span className="muted">
                  {category ? `${category.label} · ` : ''}
                  {REASON[s.reason]}
                </span>
              </span>
              {s.category === null ? (
                <select
                  aria-label={`Category for ${s.name}`}
                  value={chosen[key] ?? ''}
                  onChange={(e) =>
                    setChosen((c) => ({ ...c, [key]: e.target.value as BreakdownCategory }))
                  }
                  className="suggestion__category"
                >
                  <option value="">Category…</option>
                  {overview.categories.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </select>
              ) : null}
              <button
                type="button"
                className="button button--small"
                disabled={busy || !picked}
                aria-label={`Accept ${s.name}`}
                onClick={() =>
                  void accept(
                    [s],
                    `Tagged “${s.name}” as ${categories.get(picked ?? 'notes')?.label ?? picked ?? ''}`,
                  )
                }
              >
                Accept
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
};

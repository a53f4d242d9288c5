import { useId, useState, type FormEvent } from 'react';
import type { BreakdownCategory } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { nameKey } from './tag-name';
import { useScriptWorkspace } from './script-workspace';

type AddToSheetFormProps = {
  readonly category: BreakdownCategory;
  readonly sceneId: string;
  readonly onDone: () => void;
};

/** Put an element on a scene's sheet without marking words in the script (a tag without an anchor). */
export const AddToSheetForm = ({ category, sceneId, onDone }: AddToSheetFormProps) => {
  const { overview, productionId, act, categories } = useScriptWorkspace();
  const client = useClient();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const label = categories.get(category)?.label ?? category;
  const known = overview.elements.filter((e) => e.category === category);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const found = known.find((e) => nameKey(e.name) === nameKey(trimmed));
    setBusy(true);
    const ok = await act(`Added “${found?.name ?? trimmed}” to ${label}`, () =>
      client.call('tagElements', {
        params: { productionId },
        body: {
          draftId: overview.draft?.id ?? '',
          tags: [found ? { sceneId, elementId: found.id } : { sceneId, category, name: trimmed }],
        },
      }),
    );
    setBusy(false);
    if (ok) onDone();
  };

  return (
    <form className="add-to-sheet" onSubmit={(event) => void submit(event)}>
      <input
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-label={`Element name for ${label}`}
        placeholder="Name"
        list={`${id}-known`}
        maxLength={200}
        autoFocus
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
        }}
      />
      <datalist id={`${id}-known`}>
        {known.map((e) => (
          <option key={e.id} value={e.name} />
        ))}
      </datalist>
      <button
        type="submit"
        className="button button--primary button--small"
        disabled={busy || !name.trim()}
      >
        Add
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
};

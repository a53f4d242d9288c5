import { useState } from 'react';
import type { BreakdownSheetDto, SceneDto } from '@greenlight/contract';
import type { BreakdownCategory } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { AddToSheetForm } from './add-to-sheet-form';
import { stripColour } from './strip-colour';
import { useScriptWorkspace } from './script-workspace';

/** The boxes a printed breakdown sheet always has, filled or not. */
const STANDARD_BOXES: readonly BreakdownCategory[] = [
  'cast',
  'background',
  'stunts',
  'vehicles',
  'props',
  'special-effects',
  'wardrobe',
  'makeup-hair',
  'animals',
  'set-dressing',
  'special-equipment',
  'music',
  'sound',
  'notes',
];

type Box = BreakdownSheetDto['categories'][number];
type BreakdownSheetProps = { readonly sheet: BreakdownSheetDto; readonly scene: SceneDto };

/** A scene's breakdown sheet: the header a 1st AD reads, then a coloured box per category. */
export const BreakdownSheet = ({ sheet, scene }: BreakdownSheetProps) => {
  const { overview } = useScriptWorkspace();
  const [extra, setExtra] = useState<readonly BreakdownCategory[]>([]);
  const strip = stripColour(scene);
  const byCategory = new Map(sheet.categories.map((c) => [c.category, c]));
  const boxes: Box[] = overview.categories.flatMap((c) => {
    const filled = byCategory.get(c.id);
    if (filled && filled.items.length > 0) return [filled];
    if (STANDARD_BOXES.includes(c.id) || extra.includes(c.id)) {
      return [{ category: c.id, label: c.label, colour: c.colour, items: [] }];
    }
    return [];
  });
  const more = overview.categories.filter((c) => !boxes.some((b) => b.category === c.id));

  return (
    <article
      className="sheet"
      data-testid="breakdown-sheet"
      data-scene-number={sheet.sceneNumber}
      aria-label={`Breakdown sheet, scene ${sheet.sceneNumber}`}
    >
      <header className="sheet__header" style={{ borderTopColor: strip.colour }}>
        <div className="sheet__number">
          <span>Scene</span>
          <strong data-testid="sheet-scene-number">{sheet.sceneNumber}</strong>
        </div>
        <dl className="sheet__facts">
          <div>
            <dt>Int/Ext</dt>
            <dd>{sheet.intExt ?? '—'}</dd>
          </div>
          <div className="sheet__fact--wide">
            <dt>Set</dt>
            <dd>{sheet.set}</dd>
          </div>
          <div>
            <dt>Day/Night</dt>
            <dd>
              <span className="strip-chip strip-chip--small" style={{ background: strip.colour }}>
                {sheet.time ?? '—'}
              </span>
            </dd>
          </div>
          <div>
            <dt>Pages</dt>
            <dd>{sheet.pages}</dd>
          </div>
          <div>
            <dt>Script page</dt>
            <dd>{sheet.pageStart}</dd>
          </div>
          <div className="sheet__fact--wide">
            <dt>Shooting location</dt>
            <dd>{sheet.shootingLocation ?? <span className="muted">Not set</span>}</dd>
          </div>
          <div className="sheet__fact--full">
            <dt>Synopsis</dt>
            <dd>{sheet.synopsis ?? <span className="muted">{sheet.heading}</span>}</dd>
          </div>
        </dl>
      </header>
      <div className="sheet__grid">
        {boxes.map((box) => (
          <SheetBox key={box.category} box={box} sceneId={sheet.sceneId} />
        ))}
      </div>
      {more.length > 0 ? (
        <div className="sheet__more">
          <label className="field--inline field">
            <span className="field__label">Another category</span>
            <select
              value=""
              onChange={(e) => {
                const chosen = e.target.value as BreakdownCategory;
                if (chosen) setExtra((list) => [...list, chosen]);
              }}
            >
              <option value="">Add a box…</option>
              {more.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
    </article>
  );
};

const SheetBox = ({ box, sceneId }: { readonly box: Box; readonly sceneId: string }) => {
  const { overview, productionId, act } = useScriptWorkspace();
  const client = useClient();
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);

  const takeOff = async (elementId: string, name: string) => {
    const tagIds = overview.tags
      .filter((t) => t.sceneId === sceneId && t.elementId === elementId)
      .map((t) => t.id);
    if (tagIds.length === 0) return;
    setBusy(true);
    await act(`Took “${name}” off the sheet`, async () => {
      let last = await client.call('removeTag', {
        params: { productionId, tagId: tagIds[0] ?? '' },
      });
      for (const tagId of tagIds.slice(1)) {
        last = await client.call('removeTag', { params: { productionId, tagId } });
      }
      return last;
    });
    setBusy(false);
  };

  return (
    <section
      className="sheet-box"
      data-testid="sheet-box"
      data-category={box.category}
      aria-label={box.label}
      style={{ borderColor: box.colour }}
    >
      <h4 className="sheet-box__title" style={{ background: box.colour }}>
        {box.label}
        {box.items.length > 0 ? <span className="sheet-box__count">{box.items.length}</span> : null}
      </h4>
      <ul className="sheet-box__items">
        {box.items.map((item) => (
          <li key={item.elementId} className="sheet-box__item" data-testid="sheet-item">
            <span>
              {item.castNumber !== null ? (
                <span className="cast-number">{item.castNumber}</span>
              ) : null}
              {item.name}
            </span>
            <button
              type="button"
              className="sheet-box__remove"
              onClick={() => void takeOff(item.elementId, item.name)}
              disabled={busy}
              title={`Take ${item.name} off this sheet`}
              aria-label={`Take ${item.name} off this sheet`}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {adding ? (
        <AddToSheetForm category={box.category} sceneId={sceneId} onDone={() => setAdding(false)} />
      ) : (
        <button
          type="button"
          className="sheet-box__add"
          onClick={() => setAdding(true)}
          aria-label={`Add element to ${box.label}`}
        >
          + Add
        </button>
      )}
    </section>
  );
};

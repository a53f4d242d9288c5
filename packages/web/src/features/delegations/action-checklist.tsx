import {
  ACTION_AREA_LABELS,
  ACTION_AREAS,
  ACTION_CATALOG,
  type ActionId,
} from '@greenlight/domain';

/** What can be lent: every action that changes something (reading is never delegated), by area. */
const GROUPS = ACTION_AREAS.map((area) => ({
  area,
  actions: ACTION_CATALOG.filter((a) => a.area === area && !a.readOnly),
})).filter((group) => group.actions.length > 0);

/** The catalog order, so a request lists its actions the way the checklist shows them. */
export const inCatalogOrder = (selected: ReadonlySet<ActionId>): ActionId[] =>
  GROUPS.flatMap((group) => group.actions.map((a) => a.id)).filter((id) => selected.has(id));

type ActionChecklistProps = {
  readonly selected: ReadonlySet<ActionId>;
  readonly onChange: (next: ReadonlySet<ActionId>) => void;
};

/** One checkbox per action, labelled as in the catalog and grouped by area. */
export const ActionChecklist = ({ selected, onChange }: ActionChecklistProps) => {
  const toggle = (id: ActionId, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="action-checklist">
      <legend className="field__label">
        Actions{' '}
        <span className="muted">
          · {selected.size === 0 ? 'none chosen' : `${selected.size} chosen`}
        </span>
      </legend>
      <div className="action-checklist__groups">
        {GROUPS.map(({ area, actions }) => (
          <fieldset key={area} className={`action-checklist__group area--${area}`}>
            <legend>{ACTION_AREA_LABELS[area]}</legend>
            {actions.map((action) => (
              <label
                key={action.id}
                className="action-checklist__option"
                title={action.description}
              >
                <input
                  type="checkbox"
                  checked={selected.has(action.id)}
                  onChange={(e) => toggle(action.id, e.target.checked)}
                />
                {action.label}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
};

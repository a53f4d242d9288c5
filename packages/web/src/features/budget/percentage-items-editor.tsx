import {
  BUDGET_SECTION_LABELS,
  BUDGET_SECTIONS,
  PERCENTAGE_ITEM_KIND_LABELS,
  PERCENTAGE_ITEM_KINDS,
  type PercentageItemKind,
} from '@greenlight/domain';
import { freshKey, type ItemDraft, type SetupErrors } from './setup-draft';
import { SetupInput } from './setup-input';

type PercentageItemsEditorProps = {
  readonly rows: readonly ItemDraft[];
  readonly onChange: (rows: readonly ItemDraft[]) => void;
  readonly errors: SetupErrors;
  readonly disabled: boolean;
};

const MAX_ITEMS = 8;

/** Contingency, completion bond, insurance, overhead: a percentage of some sections and earlier items. */
export const PercentageItemsEditor = ({
  rows,
  onChange,
  errors,
  disabled,
}: PercentageItemsEditorProps) => {
  const update = (key: string, change: Partial<ItemDraft>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const toggle = <T,>(list: readonly T[], value: T): T[] =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return (
    <section
      className="panel setup-section"
      aria-labelledby="items-heading"
      data-testid="items-editor"
    >
      <div className="setup-section__head">
        <h2 id="items-heading">Below the subtotal</h2>
        <p className="muted">
          Each item is a percentage of the sections ticked, plus the items above it that are ticked
          (a bond on the contingency).
        </p>
      </div>
      <table className="table table--compact setup-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Rate</th>
            <th scope="col">Of</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const at = `item:${row.key}`;
            const label = row.name.trim() || `item ${i + 1}`;
            const earlier = rows.slice(0, i).filter((r) => r.id !== '');
            return (
              <tr key={row.key} data-testid="item-row" data-item-id={row.id}>
                <td>
                  <SetupInput
                    label={`Item ${i + 1} name`}
                    value={row.name}
                    onChange={(name) => update(row.key, { name })}
                    error={errors[`${at}:name`]}
                    disabled={disabled}
                  />
                </td>
                <td>
                  <select
                    aria-label={`Kind of ${label}`}
                    value={row.kind}
                    onChange={(e) =>
                      update(row.key, { kind: e.target.value as PercentageItemKind })
                    }
                    disabled={disabled}
                  >
                    {PERCENTAGE_ITEM_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {PERCENTAGE_ITEM_KIND_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <SetupInput
                    label={`Percentage of ${label}`}
                    value={row.percent}
                    onChange={(percent) => update(row.key, { percent })}
                    error={errors[`${at}:percent`]}
                    numeric
                    suffix="%"
                    disabled={disabled}
                  />
                </td>
                <td>
                  <fieldset className="setup-base" disabled={disabled}>
                    <legend className="visually-hidden">What {label} is a percentage of</legend>
                    {BUDGET_SECTIONS.map((section) => (
                      <label key={section} className="setup-base__option">
                        <input
                          type="checkbox"
                          checked={row.sections.includes(section)}
                          onChange={() =>
                            update(row.key, { sections: toggle(row.sections, section) })
                          }
                        />
                        {BUDGET_SECTION_LABELS[section]}
                      </label>
                    ))}
                    {earlier.map((item) => (
                      <label key={item.key} className="setup-base__option">
                        <input
                          type="checkbox"
                          checked={row.items.includes(item.id)}
                          onChange={() => update(row.key, { items: toggle(row.items, item.id) })}
                        />
                        {item.name || item.id}
                      </label>
                    ))}
                  </fieldset>
                  {errors[`${at}:base`] ? (
                    <p className="field__error">{errors[`${at}:base`]}</p>
                  ) : null}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() =>
                      onChange(
                        rows
                          .filter((r) => r.key !== row.key)
                          .map((r) => ({ ...r, items: r.items.filter((id) => id !== row.id) })),
                      )
                    }
                    disabled={disabled}
                    aria-label={`Remove ${label}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {disabled || rows.length >= MAX_ITEMS ? null : (
        <button
          type="button"
          className="button button--small setup-section__add"
          onClick={() =>
            onChange([
              ...rows,
              {
                key: freshKey('p', rows),
                id: '',
                kind: 'other',
                name: '',
                percent: '',
                sections: [...BUDGET_SECTIONS],
                items: [],
              },
            ])
          }
        >
          Add an item
        </button>
      )}
    </section>
  );
};

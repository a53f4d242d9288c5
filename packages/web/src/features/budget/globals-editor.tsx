import { describeScheduleLink } from '@greenlight/domain';
import { freshKey, type GlobalDraft, type SetupErrors } from './setup-draft';
import { SetupInput } from './setup-input';

type GlobalsEditorProps = {
  readonly rows: readonly GlobalDraft[];
  readonly onChange: (rows: readonly GlobalDraft[]) => void;
  readonly errors: SetupErrors;
  readonly disabled: boolean;
  /** How many lines count in each global. */
  readonly usage: ReadonlyMap<string, number>;
};

/** Named quantities lines count in (SHOOT_DAYS, POST_WEEKS): change one and every line using it follows. */
export const GlobalsEditor = ({ rows, onChange, errors, disabled, usage }: GlobalsEditorProps) => {
  const update = (key: string, change: Partial<GlobalDraft>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <section
      className="panel setup-section"
      aria-labelledby="globals-heading"
      data-testid="globals-editor"
    >
      <div className="setup-section__head">
        <h2 id="globals-heading">Globals</h2>
        <p className="muted">
          A line’s amount can name a global; its value can be a number or another global.
        </p>
      </div>
      <table className="table table--compact setup-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Description</th>
            <th scope="col" className="num">
              Lines
            </th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const at = `global:${row.key}`;
            const used = usage.get(row.name) ?? 0;
            return (
              <tr key={row.key} data-testid="global-row" data-global={row.name}>
                <td>
                  <SetupInput
                    label={`Global ${i + 1} name`}
                    value={row.name}
                    onChange={(name) => update(row.key, { name: name.toUpperCase() })}
                    error={errors[`${at}:name`]}
                    disabled={disabled || used > 0}
                  />
                </td>
                <td>
                  <SetupInput
                    label={`Value of ${row.name || `global ${i + 1}`}`}
                    value={row.value}
                    onChange={(value) => update(row.key, { value })}
                    error={errors[`${at}:value`]}
                    numeric
                    disabled={disabled}
                  />
                  {row.scheduleLink ? (
                    <p className="field__hint">
                      From the schedule: {describeScheduleLink(row.scheduleLink)}
                    </p>
                  ) : null}
                </td>
                <td>
                  <SetupInput
                    label={`Description of ${row.name || `global ${i + 1}`}`}
                    value={row.description}
                    onChange={(description) => update(row.key, { description })}
                    disabled={disabled}
                  />
                </td>
                <td className="num muted">{used === 0 ? '—' : used}</td>
                <td>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                    disabled={disabled || used > 0}
                    title={used > 0 ? `${used} lines count in it` : undefined}
                    aria-label={`Remove ${row.name || `global ${i + 1}`}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {disabled ? null : (
        <button
          type="button"
          className="button button--small setup-section__add"
          onClick={() =>
            onChange([
              ...rows,
              {
                key: freshKey('g', rows),
                name: '',
                description: '',
                value: '',
                scheduleLink: null,
              },
            ])
          }
          data-testid="add-global"
        >
          Add a global
        </button>
      )}
    </section>
  );
};

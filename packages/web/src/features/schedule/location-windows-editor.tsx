import type { RuleSet } from './rule-subjects';
import { RulesSection } from './rules-section';
import { withSetWindow, type SetWindowDraft } from './settings-draft';

type LocationWindowsEditorProps = {
  readonly sets: readonly RuleSet[];
  readonly loading: boolean;
  readonly windows: readonly SetWindowDraft[];
  readonly onChange: (windows: readonly SetWindowDraft[]) => void;
};

const MAX_SCENE_NUMBERS = 8;

const scenesText = (numbers: readonly string[]): string => {
  if (numbers.length === 0) return '';
  const shown = numbers.slice(0, MAX_SCENE_NUMBERS).join(', ');
  return numbers.length > MAX_SCENE_NUMBERS
    ? `${shown} +${numbers.length - MAX_SCENE_NUMBERS}`
    : shown;
};

/** Every set of the script with the dates its shooting location can be used. */
export const LocationWindowsEditor = ({
  sets,
  loading,
  windows,
  onChange,
}: LocationWindowsEditorProps) => {
  const known = new Map(sets.map((s) => [s.name, s]));
  const names = [...new Set([...sets.map((s) => s.name), ...windows.map((w) => w.set)])].sort(
    (a, b) => a.localeCompare(b),
  );
  return (
    <RulesSection
      id="rules-locations"
      title="Location windows"
      help="When a set’s location is yours to shoot: from the first day to the last. Leave a row blank when the location is free throughout."
    >
      {names.length === 0 ? (
        <p className="muted">
          {loading ? 'Loading the sets…' : 'No sets yet: import a script on the Script tab.'}
        </p>
      ) : (
        <div className="table-wrap rules-table-wrap">
          <table className="table table--compact rules-table" data-testid="location-windows">
            <thead>
              <tr>
                <th scope="col">Set</th>
                <th scope="col">Scenes</th>
                <th scope="col">First day</th>
                <th scope="col">Last day</th>
                <th scope="col">
                  <span className="visually-hidden">Clear</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {names.map((name) => {
                const window = windows.find((w) => w.set === name) ?? {
                  set: name,
                  from: '',
                  until: '',
                };
                const used = window.from !== '' || window.until !== '';
                const backwards =
                  used && window.from !== '' && window.until !== '' && window.from > window.until;
                const set = known.get(name);
                return (
                  <tr
                    key={name}
                    data-testid="location-window-row"
                    data-set={name}
                    className={used ? 'rules-table__row--set' : undefined}
                  >
                    <th scope="row" className="rules-table__name">
                      {name}
                    </th>
                    <td className="muted rules-table__scenes">
                      {set ? scenesText(set.sceneNumbers) : 'Not in the current draft'}
                    </td>
                    <td>
                      <input
                        type="date"
                        value={window.from}
                        onChange={(e) =>
                          onChange(withSetWindow(windows, name, { from: e.target.value }))
                        }
                        aria-label={`First day at ${name}`}
                        aria-invalid={backwards || undefined}
                      />
                    </td>
                    <td>
                      <input
                        type="date"
                        value={window.until}
                        min={window.from || undefined}
                        onChange={(e) =>
                          onChange(withSetWindow(windows, name, { until: e.target.value }))
                        }
                        aria-label={`Last day at ${name}`}
                        aria-invalid={backwards || undefined}
                      />
                    </td>
                    <td className="rules-table__clear">
                      {used ? (
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() =>
                            onChange(withSetWindow(windows, name, { from: '', until: '' }))
                          }
                          aria-label={`Clear the window of ${name}`}
                        >
                          Clear
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </RulesSection>
  );
};

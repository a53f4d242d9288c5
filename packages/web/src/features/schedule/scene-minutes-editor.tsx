import { formatHours } from './parse-hours';
import type { RuleScene } from './rule-subjects';
import { RulesSection } from './rules-section';

/**
 * What a scene without the first AD's estimate counts: two hours a page (15 minutes an eighth), the figure
 * the domain's `estimatedSceneMinutes` uses. Shown as the placeholder only; the server does the counting.
 */
const DEFAULT_MINUTES_PER_EIGHTH = 15;

type SceneMinutesEditorProps = {
  readonly scenes: readonly RuleScene[];
  readonly loading: boolean;
  /** By scene id, as typed; `''` or absent is the default estimate. */
  readonly minutes: Readonly<Record<string, string>>;
  readonly onChange: (minutes: Readonly<Record<string, string>>) => void;
};

const WHOLE = /^\d{1,4}$/;

/** The first AD's estimated shooting time per scene, which "Most hours a day" is counted in. */
export const SceneMinutesEditor = ({
  scenes,
  loading,
  minutes,
  onChange,
}: SceneMinutesEditorProps) => {
  const estimated = scenes.filter((s) => WHOLE.test((minutes[s.id] ?? '').trim())).length;
  return (
    <RulesSection
      id="rules-times"
      title="Estimated times"
      help={`How long each scene takes to shoot, in minutes. A blank scene counts two hours a page (${DEFAULT_MINUTES_PER_EIGHTH} minutes an eighth), shown in grey.`}
    >
      {scenes.length === 0 ? (
        <p className="muted">
          {loading ? 'Loading the scenes…' : 'No scenes yet: import a script on the Script tab.'}
        </p>
      ) : (
        <>
          <p className="muted rules-times__count" data-testid="estimated-count">
            {estimated} of {scenes.length} {scenes.length === 1 ? 'scene' : 'scenes'} estimated
          </p>
          <div className="table-wrap rules-times">
            <table className="table table--compact rules-table" data-testid="scene-minutes">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Scene
                  </th>
                  <th scope="col">Heading</th>
                  <th scope="col" className="num">
                    Pages
                  </th>
                  <th scope="col" className="num">
                    Minutes
                  </th>
                  <th scope="col" className="num">
                    Time
                  </th>
                </tr>
              </thead>
              <tbody>
                {scenes.map((scene) => {
                  const typed = minutes[scene.id] ?? '';
                  const fallback = scene.eighths * DEFAULT_MINUTES_PER_EIGHTH;
                  const valid = WHOLE.test(typed.trim()) && Number(typed) >= 1;
                  const invalid = typed.trim() !== '' && !valid;
                  return (
                    <tr
                      key={scene.id}
                      data-testid="scene-minutes-row"
                      data-scene-number={scene.number}
                    >
                      <td className="num rules-table__number">{scene.number}</td>
                      <th scope="row" className="rules-table__heading" title={scene.heading}>
                        {scene.heading}
                      </th>
                      <td className="num">{scene.pages}</td>
                      <td className="num">
                        <input
                          type="text"
                          inputMode="numeric"
                          className="minutes-input"
                          value={typed}
                          placeholder={String(fallback)}
                          onChange={(e) => onChange({ ...minutes, [scene.id]: e.target.value })}
                          aria-label={`Minutes for scene ${scene.number}`}
                          aria-invalid={invalid || undefined}
                        />
                      </td>
                      <td className={valid ? 'num' : 'num muted'}>
                        {invalid ? '—' : formatHours(valid ? Number(typed) : fallback)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </RulesSection>
  );
};

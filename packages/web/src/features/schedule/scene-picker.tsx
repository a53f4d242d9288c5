import { Field } from '../../ui/field';
import { sceneOptionLabel, type RuleScene } from './rule-subjects';

type ScenePickerProps = {
  readonly label: string;
  readonly scenes: readonly RuleScene[];
  /** A scene id, or `''` for none picked yet. */
  readonly value: string;
  readonly onChange: (sceneId: string) => void;
};

/** A select of the script's scenes by number and heading, in script order. */
export const ScenePicker = ({ label, scenes, value, onChange }: ScenePickerProps) => (
  <Field label={label} className="scene-picker">
    {(id) => (
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Pick a scene…</option>
        {scenes.map((scene) => (
          <option key={scene.id} value={scene.id}>
            {sceneOptionLabel(scene)}
          </option>
        ))}
      </select>
    )}
  </Field>
);

import { useState } from 'react';
import { sceneOptionLabel, sceneWords, type RuleScene } from './rule-subjects';
import { RulesSection } from './rules-section';
import { SceneName } from './scene-name';

type Group = readonly string[];

type SameDayEditorProps = {
  readonly scenes: readonly RuleScene[];
  readonly groups: readonly Group[];
  readonly onChange: (groups: readonly Group[]) => void;
};

const MAX_GROUP = 50;

/**
 * Groups of scenes to be shot on one day: an actor's only day, a rig or a crane hired for a day. A group is
 * made by ticking its scenes in a filterable list, so a long script stays usable by keyboard.
 */
export const SameDayEditor = ({ scenes, groups, onChange }: SameDayEditorProps) => {
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [filter, setFilter] = useState('');
  const byId = new Map(scenes.map((s) => [s.id, s]));
  const needle = filter.trim().toLowerCase();
  const shown =
    needle === ''
      ? scenes
      : scenes.filter((s) => sceneOptionLabel(s).toLowerCase().includes(needle));

  const toggle = (sceneId: string) =>
    setPicked((current) =>
      current.includes(sceneId) ? current.filter((id) => id !== sceneId) : [...current, sceneId],
    );

  const add = () => {
    if (picked.length < 2 || picked.length > MAX_GROUP) return;
    // Kept in script order, so the group reads as the script does.
    const order = new Map(scenes.map((s, index) => [s.id, index]));
    const group = [...picked].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    onChange([...groups, group]);
    setPicked([]);
    setFilter('');
  };

  return (
    <RulesSection
      id="rules-same-day"
      title="Same day"
      help="Scenes that must be shot on the same day: an actor’s only day, a crane or a location booked for one day."
    >
      {groups.length === 0 ? (
        <p className="muted">No same-day groups.</p>
      ) : (
        <ul className="plain-list rule-list" data-testid="same-day-list">
          {groups.map((group, index) => {
            const names = group.map((id) => sceneWords(byId, id)).join(', ');
            return (
              <li key={group.join(':')} className="rule-list__item" data-testid="same-day-group">
                <span className="rule-list__text rule-list__text--group">
                  {group.map((id) => (
                    <SceneName key={id} sceneId={id} scenes={byId} />
                  ))}
                </span>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => onChange(groups.filter((_, i) => i !== index))}
                  aria-label={`Remove the same-day group of ${names}`}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {scenes.length === 0 ? null : (
        <fieldset className="same-day-picker">
          <legend className="field__label">New group: tick two scenes or more</legend>
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="Find by number, set or time of day"
            aria-label="Find a scene for the group"
            className="same-day-picker__filter"
          />
          <ul className="plain-list same-day-picker__list">
            {shown.map((scene) => (
              <li key={scene.id}>
                <label className="same-day-picker__option">
                  <input
                    type="checkbox"
                    checked={picked.includes(scene.id)}
                    onChange={() => toggle(scene.id)}
                  />
                  <span>
                    <span className="visually-hidden">Scene </span>
                    <strong>{scene.number}</strong> {scene.heading}
                  </span>
                </label>
              </li>
            ))}
            {shown.length === 0 ? <li className="muted">No scene matches.</li> : null}
          </ul>
          <div className="form__actions">
            <button
              type="button"
              className="button"
              onClick={add}
              disabled={picked.length < 2 || picked.length > MAX_GROUP}
              data-testid="add-same-day"
            >
              {picked.length < 2
                ? 'Add group'
                : picked.length > MAX_GROUP
                  ? `At most ${MAX_GROUP} scenes a group`
                  : `Add group of ${picked.length} scenes`}
            </button>
            {picked.length > 0 ? (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setPicked([])}
              >
                Untick all
              </button>
            ) : null}
          </div>
        </fieldset>
      )}
    </RulesSection>
  );
};

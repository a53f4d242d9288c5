import { useState } from 'react';
import { sceneWords, type RuleScene } from './rule-subjects';
import { RulesSection } from './rules-section';
import { SceneName } from './scene-name';
import { ScenePicker } from './scene-picker';

type Pair = readonly [string, string];

type SceneOrderEditorProps = {
  readonly scenes: readonly RuleScene[];
  readonly rules: readonly Pair[];
  readonly onChange: (rules: readonly Pair[]) => void;
};

/** What is wrong with adding "before, after", in words; null when it can be added. */
const problemWith = (rules: readonly Pair[], before: string, after: string): string | null => {
  if (before === '' || after === '') return 'Pick both scenes';
  if (before === after) return 'Pick two different scenes';
  if (rules.some(([b, a]) => b === before && a === after)) return 'That rule is already there';
  if (rules.some(([b, a]) => b === after && a === before))
    return 'The opposite rule is already there: remove it first';
  return null;
};

/**
 * "Scene 12 before scene 30": scenes that must be shot in that order (a haircut, a stunt that wrecks the set,
 * a prop destroyed). The board checks the strips' order, so within one day the earlier strip goes first.
 */
export const SceneOrderEditor = ({ scenes, rules, onChange }: SceneOrderEditorProps) => {
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const byId = new Map(scenes.map((s) => [s.id, s]));

  const add = () => {
    const found = problemWith(rules, before, after);
    setProblem(found);
    if (found !== null) return;
    onChange([...rules, [before, after]]);
    setBefore('');
    setAfter('');
  };

  return (
    <RulesSection
      id="rules-scene-order"
      title="Scene order"
      help="Scenes that must be shot before others: a haircut, a stunt that wrecks the set, a prop that gets destroyed."
    >
      {rules.length === 0 ? (
        <p className="muted">No order rules.</p>
      ) : (
        <ul className="plain-list rule-list" data-testid="scene-order-list">
          {rules.map(([b, a]) => {
            const text = `${sceneWords(byId, b)} before ${sceneWords(byId, a)}`;
            return (
              <li key={`${b}:${a}`} className="rule-list__item" data-testid="scene-order-rule">
                <span className="rule-list__text rule-list__text--order">
                  <SceneName sceneId={b} scenes={byId} />
                  <span>
                    <span className="rule-list__joiner">before</span>
                    <SceneName sceneId={a} scenes={byId} />
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => onChange(rules.filter(([x, y]) => x !== b || y !== a))}
                  aria-label={`Remove the rule ${text}`}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {scenes.length === 0 ? null : (
        <div className="rule-add">
          <ScenePicker
            label="Shoot scene"
            scenes={scenes}
            value={before}
            onChange={(id) => {
              setBefore(id);
              setProblem(null);
            }}
          />
          <ScenePicker
            label="before scene"
            scenes={scenes}
            value={after}
            onChange={(id) => {
              setAfter(id);
              setProblem(null);
            }}
          />
          <button type="button" className="button" onClick={add} data-testid="add-scene-order">
            Add rule
          </button>
        </div>
      )}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </RulesSection>
  );
};

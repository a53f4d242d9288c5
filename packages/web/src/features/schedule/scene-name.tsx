import type { RuleScene } from './rule-subjects';

type SceneNameProps = {
  readonly sceneId: string;
  readonly scenes: ReadonlyMap<string, RuleScene>;
};

/** A scene in a rule: its number in bold, its heading after; a scene a revision omitted says so. */
export const SceneName = ({ sceneId, scenes }: SceneNameProps) => {
  const scene = scenes.get(sceneId);
  if (scene === undefined)
    return <span className="rule-scene rule-scene--gone">a scene no longer in the script</span>;
  return (
    <span className="rule-scene">
      <strong>Scene {scene.number}</strong>{' '}
      <span className="rule-scene__heading">{scene.heading}</span>
    </span>
  );
};

import type { BoardDto, StripDto } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { newStripIds } from './strip-moves';

type MissingScenesPanelProps = {
  readonly productionId: string;
  readonly board: BoardDto;
  readonly strips: readonly StripDto[];
  readonly onChange: (strips: readonly StripDto[], doneText: string) => void;
};

type Named = {
  readonly id: string;
  readonly number: string;
  readonly heading: string;
  readonly pages: string;
};

/**
 * Scenes a revision added to the script that this board does not have yet: each can be put on the board
 * (among the unscheduled strips at the bottom), or all at once.
 */
export const MissingScenesPanel = ({
  productionId,
  board,
  strips,
  onChange,
}: MissingScenesPanelProps) => {
  const known = new Map(board.scenes.map((scene) => [scene.id, scene]));
  const onBoard = new Set(strips.flatMap((s) => (s.kind === 'scene' ? [s.sceneId] : [])));
  const missing = board.missingSceneIds.filter((id) => !onBoard.has(id));
  const needScript = missing.some((id) => !known.has(id));
  const script = useQuery(needScript ? `script:${board.id}:missing` : null, (client) =>
    client.call('script', { params: { productionId } }),
  );
  if (missing.length === 0) return null;
  const fromScript = new Map((script.data?.scenes ?? []).map((scene) => [scene.id, scene]));
  const named: Named[] = missing.map((id) => {
    const scene = known.get(id) ?? fromScript.get(id);
    return scene
      ? { id, number: scene.number, heading: scene.heading, pages: scene.pages }
      : { id, number: '…', heading: 'A scene added by a revision', pages: '' };
  });
  const add = (ids: readonly string[]) => {
    const fresh = newStripIds(strips, 'scene', ids.length);
    const added: StripDto[] = ids.map((sceneId, index) => ({
      kind: 'scene',
      id: fresh[index] ?? sceneId,
      sceneId,
    }));
    const text =
      ids.length === 1
        ? `Added scene ${named.find((n) => n.id === ids[0])?.number ?? ''} to the unscheduled strips`
        : `Added ${ids.length} scenes to the unscheduled strips`;
    onChange([...strips, ...added], text);
  };
  return (
    <section
      className="panel missing-scenes"
      aria-labelledby="missing-scenes-heading"
      data-testid="missing-scenes"
    >
      <div className="missing-scenes__bar">
        <h2 id="missing-scenes-heading">
          {missing.length === 1 ? 'A new scene is' : `${missing.length} new scenes are`} not on this
          board
        </h2>
        {missing.length > 1 ? (
          <button type="button" className="button button--small" onClick={() => add(missing)}>
            Add all
          </button>
        ) : null}
      </div>
      <ul className="plain-list missing-scenes__list">
        {named.map((scene) => (
          <li key={scene.id} className="missing-scenes__item" data-testid="missing-scene">
            <span className="missing-scenes__number">{scene.number}</span>
            <span className="missing-scenes__heading">{scene.heading}</span>
            <span className="muted">{scene.pages}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() => add([scene.id])}
              aria-label={`Add scene ${scene.number} to the board`}
            >
              Add
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
};

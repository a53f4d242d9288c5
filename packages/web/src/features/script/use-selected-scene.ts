import type { SceneDto } from '@greenlight/contract';
import { useLocation } from '../../router/router';
import { useScriptWorkspace } from './script-workspace';

/** The scene named by `?scene=` (its id), else the first scene of the draft; null when there are none. */
export const useSelectedScene = (): SceneDto | null => {
  const { search } = useLocation();
  const { overview } = useScriptWorkspace();
  const wanted = search.get('scene');
  return overview.scenes.find((s) => s.id === wanted) ?? overview.scenes[0] ?? null;
};

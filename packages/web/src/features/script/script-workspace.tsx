import { createContext, useContext } from 'react';
import type {
  ActionResultDto,
  BreakdownElementDto,
  ScriptOverviewDto,
  TagReviewItemDto,
} from '@greenlight/contract';
import type { BreakdownCategory } from '@greenlight/domain';

export type CategoryInfo = ScriptOverviewDto['categories'][number];

/** The outcome of the last change on the Script tab, shown above the views. */
export type ScriptActionOutcome =
  | { readonly kind: 'result'; readonly result: ActionResultDto; readonly doneText: string }
  | { readonly kind: 'error'; readonly message: string };

/** What every view of the Script tab shares: the overview, lookups, and one way to make changes. */
export type ScriptWorkspace = {
  readonly productionId: string;
  readonly overview: ScriptOverviewDto;
  readonly categories: ReadonlyMap<BreakdownCategory, CategoryInfo>;
  readonly elements: ReadonlyMap<string, BreakdownElementDto>;
  /** Bumped after every change: the keys of the views' own queries include it. */
  readonly version: number;
  /**
   * Sends a change and reports it: "Tagged …" when it went through, "sent for approval to …" when it waits,
   * the server's words when it is refused. Resolves true when the change went through or was sent.
   */
  readonly act: (doneText: string, send: () => Promise<ActionResultDto>) => Promise<boolean>;
  /** The review item being re-marked: the next selection in the script can be attached to it. */
  readonly reanchoring: TagReviewItemDto | null;
  readonly setReanchoring: (item: TagReviewItemDto | null) => void;
};

export const ScriptWorkspaceContext = createContext<ScriptWorkspace | null>(null);

export const useScriptWorkspace = (): ScriptWorkspace => {
  const workspace = useContext(ScriptWorkspaceContext);
  if (!workspace) throw new Error('useScriptWorkspace must be used inside the Script tab');
  return workspace;
};

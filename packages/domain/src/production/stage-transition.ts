import type { ProductionStage } from './production.js';

/** The action in the catalog that a move between two stages performs. */
export type StageTransitionAction =
  'production.greenlight' | 'production.advance-stage' | 'production.cancel';

const FORWARD: Readonly<Record<ProductionStage, ProductionStage | null>> = {
  development: 'pre-production',
  'pre-production': 'production',
  production: 'post-production',
  'post-production': 'distribution',
  distribution: 'completed',
  completed: null,
  cancelled: null,
};

/**
 * Which action moving from `from` to `to` is, or null when the move is not allowed. A production moves one
 * stage forward at a time; it can be cancelled from any stage before it is completed. Leaving development is
 * the greenlight: the gate where the money is committed, so it has its own action and its own approver.
 */
export const stageTransitionAction = (
  from: ProductionStage,
  to: ProductionStage,
): StageTransitionAction | null => {
  if (to === 'cancelled')
    return from === 'completed' || from === 'cancelled' ? null : 'production.cancel';
  if (FORWARD[from] !== to) return null;
  return from === 'development' ? 'production.greenlight' : 'production.advance-stage';
};

export const nextStage = (from: ProductionStage): ProductionStage | null => FORWARD[from];

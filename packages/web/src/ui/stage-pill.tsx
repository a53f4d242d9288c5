import { PRODUCTION_STAGE_LABELS, type ProductionStage } from '@greenlight/domain';

/** The production stage as a coloured pill, coloured like the strips of a production board. */
export const StagePill = ({ stage }: { readonly stage: ProductionStage }) => (
  <span className={`stage-pill stage-pill--${stage}`} data-testid="stage-pill" data-stage={stage}>
    {PRODUCTION_STAGE_LABELS[stage]}
  </span>
);

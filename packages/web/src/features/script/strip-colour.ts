import type { SceneDto } from '@greenlight/contract';
import {
  DEFAULT_STRIP_PALETTE,
  STRIP_KIND_LABELS,
  stripKind,
  type StripKind as DomainStripKind,
} from '@greenlight/domain';

/** The four strips of a production board, as the page marks them (`data-strip`). */
export type StripKind = 'day-int' | 'day-ext' | 'night-int' | 'night-ext';

export type StripColour = {
  readonly kind: StripKind;
  readonly label: string;
  readonly colour: string;
};

const KINDS: Readonly<Record<DomainStripKind, StripKind>> = {
  dayInterior: 'day-int',
  dayExterior: 'day-ext',
  nightInterior: 'night-int',
  nightExterior: 'night-ext',
};

/**
 * The strip colour of a scene, by the domain's rule and palette (day interior white, day exterior yellow,
 * night interior blue, night exterior green). Day or night comes from the server (`dayNight`: CONTINUOUS
 * and LATER carry on from the scene before).
 */
export const stripColour = (scene: Pick<SceneDto, 'intExt' | 'dayNight'>): StripColour => {
  const kind = stripKind(scene.intExt, scene.dayNight);
  return {
    kind: KINDS[kind],
    label: STRIP_KIND_LABELS[kind],
    colour: DEFAULT_STRIP_PALETTE[kind].hex,
  };
};

import type { SceneDto } from '@greenlight/contract';

/** The four colours of a production board's strips: day or night, interior or exterior. */
export type StripKind = 'day-int' | 'day-ext' | 'night-int' | 'night-ext';

export type StripColour = {
  readonly kind: StripKind;
  readonly label: string;
  readonly colour: string;
};

export const STRIP_COLOURS: Readonly<Record<StripKind, StripColour>> = {
  'day-int': { kind: 'day-int', label: 'Day interior', colour: '#FFFFFF' },
  'day-ext': { kind: 'day-ext', label: 'Day exterior', colour: '#FFE066' },
  'night-int': { kind: 'night-int', label: 'Night interior', colour: '#7FA7E0' },
  'night-ext': { kind: 'night-ext', label: 'Night exterior', colour: '#7CC38A' },
};

/**
 * The strip colour of a scene, the way a board is coloured: day interior white, day exterior yellow, night
 * interior blue, night exterior green. A scene that is partly outside (INT/EXT) is an exterior. Day or
 * night comes from the server (`dayNight`: CONTINUOUS and LATER carry on from the scene before).
 */
export const stripColour = (scene: Pick<SceneDto, 'intExt' | 'dayNight'>): StripColour => {
  const night = scene.dayNight === 'night';
  const exterior = scene.intExt === 'EXT' || scene.intExt === 'INT/EXT';
  const kind: StripKind = `${night ? 'night' : 'day'}-${exterior ? 'ext' : 'int'}`;
  return STRIP_COLOURS[kind];
};

import { describe, expect, it } from 'vitest';
import {
  actionLine,
  identifiedScenes,
  sceneHeading,
  scriptDoc,
  speech,
} from '../testing/script-builders.js';
import { nonSpeakingCharacters } from './non-speaking-characters.js';

describe('nonSpeakingCharacters', () => {
  it('names speakers mentioned in a scene where they have no line, in order of first mention', () => {
    const document = scriptDoc(
      sceneHeading('INT. HARBOUR OFFICE - NIGHT'),
      actionLine('MARGOT reads. Tomas sleeps in the corner.'),
      ...speech('MARGOT', 'Tomas?'),
      sceneHeading('EXT. QUAY - DAY'),
      actionLine("Ines wears Margot's coat. TOMAS is asleep; margot is not written here."),
      actionLine('Margot again, and JEAN-LUC.'),
      ...speech('INES', 'Late.'),
      sceneHeading('EXT. LIGHTHOUSE - DAY'),
      actionLine('Jean-Luc climbs. The TOMASZ boat. MARGOTS.'),
      ...speech('JEAN-LUC', 'Up here.'),
      ...speech('TOMAS', 'Later.'),
    );
    const result = nonSpeakingCharacters(document, identifiedScenes(document));
    expect([...result]).toEqual([
      ['s1', ['TOMAS']],
      ['s2', ['MARGOT', 'TOMAS', 'JEAN-LUC']],
      ['s3', []],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { capitalisedRuns } from './capitalised-runs.js';

const names = (text: string): string[] => capitalisedRuns(text).map((run) => run.name);

describe('capitalisedRuns', () => {
  it('finds runs of capitalised words with their span', () => {
    const text = 'Rain. A RED PICKUP TRUCK idles; MARGOT (40s) watches.';
    expect(capitalisedRuns(text)).toEqual([
      { start: 8, end: 24, name: 'RED PICKUP TRUCK' },
      { start: 32, end: 38, name: 'MARGOT' },
    ]);
  });

  it('strips a possessive, and ignores a lower-case ending', () => {
    expect(capitalisedRuns("MARGOT'S hands shake.")).toEqual([
      { start: 0, end: 6, name: 'MARGOT' },
    ]);
    expect(names('JAMES’ coat, MARGOT’S hat')).toEqual(['JAMES', 'MARGOT']);
    expect(names("MARGOT's hat")).toEqual(['MARGOT']);
  });

  it('keeps hyphens, apostrophes, digits and titles inside a run', () => {
    expect(names("He lifts the AK-47. MR. KOVACS waits by the O'HARA BOAT, APOLLO 13.")).toEqual([
      'AK-47',
      'MR. KOVACS',
      "O'HARA BOAT",
      'APOLLO 13',
    ]);
  });

  it('leaves out screenplay vocabulary, whole or at either end of a run', () => {
    expect(names('MOMENTS LATER')).toEqual([]);
    expect(names('FADE IN: CUT TO: BACK TO SCENE. THE END. CONTINUOUS. SUPER: TITLE.')).toEqual([]);
    expect(names('ANGLE ON MARGOT')).toEqual(['MARGOT']);
    expect(names("MARGOT CONT'D")).toEqual(['MARGOT']);
    expect(names('INSERT THE LETTER')).toEqual(['LETTER']);
    expect(names('Her voice (V.O.) and (O.S.) fades.')).toEqual([]);
  });

  it('keeps a vocabulary word that begins a name', () => {
    expect(names('The BLACK SUV stops. BLACK. The END TABLE.')).toEqual(['BLACK SUV', 'END TABLE']);
  });

  it('drops single letters, roman numerals and numbers', () => {
    expect(names('I know. II. IV. X marks it. 1984. A.')).toEqual([]);
    expect(names('LOUIS XIV laughs.')).toEqual(['LOUIS XIV']);
  });

  it('drops a leading article or number', () => {
    expect(names('THE GUARD and 3 GUARDS')).toEqual(['GUARD', 'GUARDS']);
  });

  it('does not read capitals inside a mixed-case word', () => {
    expect(names('McDONALD and iPHONE')).toEqual([]);
  });

  it('never joins runs across a line break', () => {
    expect(names('RED\nTRUCK')).toEqual(['RED', 'TRUCK']);
  });

  it('handles non-Latin capitals', () => {
    expect(names('ŁUKASZ and ÉLODIE enter.')).toEqual(['ŁUKASZ', 'ÉLODIE']);
  });
});

import { describe, expect, it } from 'vitest';
import { currencyCode } from '../shared/money.js';
import { ACTION_AREAS } from './action-areas.js';
import { defaultAuthorityMatrix } from './default-authority-matrix.js';
import { deriveRaci } from './raci.js';

const matrix = defaultAuthorityMatrix(currencyCode('USD'));

describe('deriveRaci', () => {
  const chart = deriveRaci(matrix);
  const area = (name: string) => {
    const found = chart.areas.find((a) => a.area === name);
    if (!found) throw new Error(name);
    return found;
  };

  it('gives nobody a part in team and authority just for deciding approval requests', () => {
    const row = area('team-and-authority');
    expect(row.cells.cast).toEqual([]);
    expect(row.cells.crew).toEqual([]);
    expect(row.cells['department-head']).toEqual(['C']);
  });

  it('has one row per action area, as plain JSON', () => {
    expect(chart.areas.map((a) => a.area)).toEqual(ACTION_AREAS);
    expect(JSON.parse(JSON.stringify(chart))).toEqual(chart);
  });

  it('derives the expenditures row from the default matrix', () => {
    const row = area('expenditures');
    expect(row.label).toBe('Expenditures');
    expect(row.decisionArea).toBe('financial');
    expect(row.cells).toEqual({
      'executive-producer': ['R', 'A'],
      producer: ['R'],
      'co-producer': ['R'],
      'senior-producer': ['R'],
      // Entering spending documents (spending.enter) is theirs; committing them is not.
      'associate-producer': ['R', 'C'],
      'unit-production-manager': ['R'],
      'line-producer': ['R'],
      'production-manager': ['R'],
      'production-accountant': ['R', 'C'],
      director: ['C'],
      'department-head': ['R'],
      crew: ['C'],
      cast: [],
      'financier-representative': ['I'],
    });
  });

  it('makes approver roles accountable and uses the dominant decision area', () => {
    const schedule = area('schedule');
    expect(schedule.decisionArea).toBe('operational');
    // Producer: final say on operational decisions and named approver of major changes; asks the UPM before
    // changing the locked shooting board.
    expect(schedule.cells.producer).toEqual(['R', 'A', 'C']);
    expect(schedule.cells['unit-production-manager']).toEqual(['R', 'A']);
    expect(schedule.cells.director).toEqual(['C']);
    expect(area('creative').cells['executive-producer']).toEqual(['R', 'A']);
  });

  it('gives reading no part: viewing the production alone is not responsibility', () => {
    const lifecycle = area('lifecycle');
    expect(lifecycle.cells.cast).toEqual([]);
    expect(lifecycle.cells['production-accountant']).toEqual(['I']);
  });

  it('follows the final say when it changes', () => {
    const changed = deriveRaci({
      ...matrix,
      finalSay: { ...matrix.finalSay, financial: 'financier-representative' },
    });
    expect(
      changed.areas.find((a) => a.area === 'expenditures')?.cells['financier-representative'],
    ).toEqual(['A']);
  });
});

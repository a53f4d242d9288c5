import { describe, expect, it } from 'vitest';
import { scenario } from '../testing/index.js';
import type { AssignmentId } from '../shared/ids.js';
import { buildOrgChart, type OrgChartNode } from './org-chart.js';

const shape = (nodes: readonly OrgChartNode[]): unknown[] =>
  nodes.map((n) =>
    n.reports.length === 0 ? n.person?.name : { [n.person?.name ?? '?']: shape(n.reports) },
  );

describe('buildOrgChart', () => {
  it('nests the default team and sorts siblings by seniority, then name', () => {
    const s = scenario().withMember('Bea Assoc', 'associate-producer').build();
    expect(shape(buildOrgChart(s.snapshot.assignments, s.people))).toEqual([
      {
        'Erin Executive': [
          {
            'Paula Producer': [
              'Cory Coproducer',
              'Sasha Senior',
              'Ari Associate',
              'Bea Assoc',
              {
                'Umar Unit': [
                  'Lina Line',
                  'Milo Manager',
                  'Ada Accountant',
                  { 'Hana Head': ['Cruz Crew'] },
                ],
              },
              'Dev Director',
              'Kit Cast',
            ],
          },
        ],
      },
      'Fern Financier',
    ]);
  });

  it('keeps everyone when lines loop or dangle', () => {
    const s = scenario().only('producer', 'co-producer', 'line-producer').build();
    const looped = s.snapshot.assignments.map((a) =>
      a.role === 'producer'
        ? { ...a, reportsTo: s.assignmentOf('co-producer').id }
        : a.role === 'line-producer'
          ? { ...a, reportsTo: 'missing' as AssignmentId }
          : a,
    );
    const chart = buildOrgChart(looped, s.people);
    expect(shape(chart)).toEqual([{ 'Paula Producer': ['Cory Coproducer'] }, 'Lina Line']);
  });

  it('leaves the person null when not given', () => {
    const s = scenario().only('producer').build();
    expect(buildOrgChart(s.snapshot.assignments, [])[0]?.person).toBeNull();
  });
});

import type { Department, Role } from '@greenlight/domain';
import { scenario, type Scenario } from '@greenlight/domain/testing';

/** How many people beyond the one-per-role team hold each role: a feature's crew outnumbers its producers. */
const EXTRA_BY_ROLE: Readonly<Partial<Record<Role, number>>> = {
  'department-head': 12,
  crew: 110,
  cast: 30,
  'production-manager': 8,
  'production-accountant': 5,
  'associate-producer': 6,
  'line-producer': 4,
  'co-producer': 3,
  'senior-producer': 2,
  'unit-production-manager': 2,
  'financier-representative': 2,
  director: 1,
  producer: 1,
};

const HEADED_DEPARTMENTS: readonly Department[] = [
  'art',
  'costume',
  'editorial',
  'electric',
  'grip',
  'hair-and-makeup',
  'locations',
  'props',
  'sound',
  'stunts',
  'transportation',
  'visual-effects',
];

/**
 * A production of `people` people (at least the fourteen of the default team): every role held, department
 * heads over twelve departments besides camera with their crews reporting to them, managers and producers in
 * the usual reporting lines (the scenario builder's defaults), the default matrix in USD, and two delegations
 * active today.
 */
export const largeProduction = (people = 200): Scenario => {
  const builder = scenario();
  const extras = Object.entries(EXTRA_BY_ROLE) as [Role, number][];
  const planned = 14 + extras.reduce((sum, [, n]) => sum + n, 0);
  if (planned !== people) throw new Error(`The plan has ${planned} people, not ${people}`);
  let serial = 0;
  for (const [role, count] of extras) {
    for (let i = 0; i < count; i += 1) {
      serial += 1;
      const department =
        role === 'department-head'
          ? HEADED_DEPARTMENTS[i % HEADED_DEPARTMENTS.length]
          : role === 'crew'
            ? i % 13 === 0
              ? 'camera'
              : HEADED_DEPARTMENTS[i % HEADED_DEPARTMENTS.length]
            : undefined;
      builder.withMember(`Member ${serial} (${role})`, role, department ? { department } : {});
    }
  }
  return builder
    .withDelegation({
      from: 'producer',
      to: 'co-producer',
      actions: ['expenditure.commit', 'hiring.director'],
      limit: 50_000,
    })
    .withDelegation({
      from: 'unit-production-manager',
      to: 'line-producer',
      actions: ['hiring.crew'],
    })
    .build();
};

import {
  currencyCode,
  type Assignment,
  type Department,
  type Person,
  type Production,
  type ProductionKind,
  type Role,
} from '@greenlight/domain';
import { randomUUID } from 'node:crypto';
import type { Repositories } from '../repositories/create-repositories.js';

// Small builders for this package's tests. Names and e-mails are unique per call, so tests sharing a database
// never collide on unique constraints.

export const seedPerson = (repos: Repositories, name = 'Alex Doe'): Promise<Person> =>
  repos.people.create({
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.com`,
  });

export const seedProduction = (
  repos: Repositories,
  overrides: { title?: string; kind?: ProductionKind } = {},
): Promise<Production> =>
  repos.productions.create({
    title: overrides.title ?? 'The Long Night',
    kind: overrides.kind ?? 'feature-film',
    currency: currencyCode('USD'),
    timeZone: 'America/Los_Angeles',
  });

export const seedAssignment = async (
  repos: Repositories,
  production: Production,
  role: Role,
  options: { person?: Person; department?: Department; reportsTo?: Assignment } = {},
): Promise<{ person: Person; assignment: Assignment }> => {
  const person = options.person ?? (await seedPerson(repos, `${role} person`));
  const assignment = await repos.assignments.create({
    productionId: production.id,
    personId: person.id,
    role,
    department: options.department ?? null,
    reportsTo: options.reportsTo?.id ?? null,
  });
  return { person, assignment };
};

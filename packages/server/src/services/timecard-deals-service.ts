import type { z } from 'zod';
import type { LabourDealListSchema, SaveLabourDealRequestSchema } from '@greenlight/contract';
import { decide, labourDealProblem, type PersonId, type ProductionId } from '@greenlight/domain';
import {
  mustFind,
  personOf,
  readOnly,
  snapshotOf,
  todayFor,
  type ServiceContext,
} from './service-context.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { productionAgreements } from './timecard-context.js';
import { labourDealFromDto, labourDealToDto } from './timecard-dto.js';

/** The agreements a deal may name. */
export const labourAgreements = () => ({
  agreements: productionAgreements().map((a) => ({
    id: a.id,
    name: a.name,
    year: a.year,
    jurisdiction: a.jurisdiction,
    union: a.union,
    covers: a.covers,
    currency: a.currency,
    sources: [...a.sources],
  })),
});

/** Everyone on the team with their deal, in name order. */
export const labourDeals = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<z.infer<typeof LabourDealListSchema>> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const [people, deals, snapshot] = await Promise.all([
    repos.people.listByProduction(productionId),
    repos.timecards.listDeals(productionId),
    snapshotOf(context.deps.database.kysely, productionId),
  ]);
  const byPerson = new Map(deals.map((d) => [d.personId, d]));
  return {
    people: [...people]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => {
        const deal = byPerson.get(p.id);
        return {
          personId: p.id,
          name: p.name,
          deal: deal === undefined ? null : labourDealToDto(deal),
          version: deal?.version ?? 0,
        };
      }),
    mayEdit:
      decide(snapshot, personOf(context), 'labour.deals', {
        today: todayFor(context.deps, production),
      }).outcome === 'allow',
  };
};

/** Sets a person's deal (`labour.deals`), checked against the agreements before anyone is asked. */
export const saveLabourDeal = async (
  context: ServiceContext,
  productionId: ProductionId,
  personIdText: string,
  body: z.infer<typeof SaveLabourDealRequestSchema>,
): Promise<TakeActionResult> => {
  const personId = personIdText as PersonId;
  const { version, ...dto } = body;
  const repos = readOnly(context.deps);
  const person = mustFind(await repos.people.get(personId), 'person');
  const problem = labourDealProblem(productionAgreements(), labourDealFromDto(personId, dto));
  if (problem !== null) throw problem;
  return takeAction(context, {
    productionId,
    action: 'labour.deals',
    summary: `Set the deal of ${person.name}`,
    details: { personId, accountNumber: dto.accountNumber, agreementId: dto.agreementId },
    buildEffect: async () => ({
      kind: 'save-labour-deal',
      personId,
      deal: dto,
      version,
      by: personOf(context),
    }),
  });
};

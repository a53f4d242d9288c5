import type { RouteInput } from '@greenlight/contract';
import { DomainError, type PersonId, type ProductionId, type Role } from '@greenlight/domain';
import { readOnly, type ServiceContext } from '../services/service-context.js';
import { signTimecardStep } from '../services/timecard-approval-service.js';
import { saveLabourDeal } from '../services/timecard-deals-service.js';
import { saveTimecard } from '../services/timecard-entry-service.js';
import { timecardView } from '../services/timecard-view-service.js';

/** The Sunday starting the first shoot week (day 1 is Thursday 14 January 2027). */
const FIRST_WEEK = '2027-01-10';

type Deal = Omit<RouteInput<'saveLabourDeal'>['body'], 'version'>;
type Days = RouteInput<'saveTimecard'>['body']['days'];

const at = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

const day = (date: string, call: string, meals: [string, string][], wrap: string) => ({
  date,
  kind: 'work' as const,
  call: at(call),
  meals: meals.map(([out, back]) => ({ out: at(out), in: at(back) })),
  // A wrap earlier than the call is the next morning.
  wrap: at(wrap) < at(call) ? at(wrap) + 1440 : at(wrap),
});

const crewDeal = (title: string, perDay: number): Deal => ({
  agreementId: 'crew-deal-convention-2026',
  agreementYear: 2026,
  rate: { kind: 'daily', currency: 'USD', perDay, guaranteedMinutes: 600 },
  department: 'camera',
  title,
  accountNumber: '3300',
});

// Day 1 ran long at the breakwater, lunch late; day 2 a normal studio day.
const FIRST_WEEK_DAYS: Days = [
  day('2027-01-14', '06:30', [['13:15', '13:45']], '20:00'),
  day('2027-01-15', '07:00', [['12:30', '13:00']], '18:00'),
];

/**
 * The demo's labour: deals for the camera department and the lead, and the first shoot week's cards in
 * each state: the 1st AC's approved by the whole chain and posted to account 3300, the lead's signed and
 * waiting on the production manager or UPM, the director of photography's a draft the production manager
 * entered from his paper card.
 */
export const seedDemoTimecards = async (
  as: (role: Role) => ServiceContext,
  productionId: ProductionId,
): Promise<void> => {
  const office = as('production-manager');
  const people = await readOnly(office.deps).people.listByProduction(productionId);
  const personNamed = (name: string): PersonId => {
    const found = people.find((p) => p.name === name);
    if (found === undefined) throw new DomainError('internal', `The demo team has no ${name}`);
    return found.id;
  };
  const declare = <A>(action: A): A => action;
  const setDeal = (personId: PersonId, deal: Deal) =>
    saveLabourDeal(office, productionId, personId, { ...deal, version: 0 });
  const enter = async (by: ServiceContext, personId: PersonId, days: Days) =>
    saveTimecard(by, productionId, personId, FIRST_WEEK, { version: 0, days }, declare);
  const sign = async (by: ServiceContext, personId: PersonId) => {
    const card = await timecardView(by, productionId, personId, FIRST_WEEK);
    await signTimecardStep(
      by,
      productionId,
      personId,
      FIRST_WEEK,
      { version: card.version },
      declare,
    );
  };

  const casey = personNamed('Casey Moreau');
  const hugo = personNamed('Hugo Lindqvist');
  const margot = personNamed('Margot Ellis');
  await setDeal(hugo, crewDeal('Director of photography', 140_000));
  await setDeal(casey, crewDeal('1st AC', 65_000));
  await setDeal(margot, {
    agreementId: 'sag-aftra-performers-2023',
    agreementYear: 2023,
    rate: { kind: 'daily', currency: 'USD', perDay: 120_000, guaranteedMinutes: 480 },
    department: null,
    title: 'Lead (Margot)',
    accountNumber: '1500',
  });

  await enter(as('crew'), casey, FIRST_WEEK_DAYS);
  await sign(as('crew'), casey);
  await sign(as('department-head'), casey);
  await sign(as('production-manager'), casey);
  await sign(as('production-accountant'), casey);

  await enter(as('cast'), margot, [
    day('2027-01-14', '05:45', [['12:00', '12:30']], '19:00'),
    day('2027-01-15', '06:15', [['12:15', '12:45']], '17:30'),
  ]);
  await sign(as('cast'), margot);

  await enter(office, hugo, [
    day('2027-01-14', '06:00', [['13:15', '13:45']], '20:15'),
    day('2027-01-15', '06:30', [['12:30', '13:00']], '18:30'),
  ]);
};

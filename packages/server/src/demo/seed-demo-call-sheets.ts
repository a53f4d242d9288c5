import type { CallSheetDetailsDto } from '@greenlight/contract';
import type { CallSheetLocation, ProductionId, Role } from '@greenlight/domain';
import { DomainError } from '@greenlight/domain';
import { createOutboxMailer } from '../mail/outbox-mailer.js';
import { confirmCallSheet } from '../services/call-sheet-confirmation-service.js';
import { publishCallSheet, saveCallSheet } from '../services/call-sheet-service.js';
import { loadCallSheetSchedule } from '../services/load-call-sheet.js';
import type { ServiceContext } from '../services/service-context.js';

// Where the demo's shooting locations are (see seed-demo-script.ts), for sunrise, sunset and the map links.
const PLACES: Readonly<Record<string, Omit<CallSheetLocation, 'name' | 'sets'>>> = {
  'Port of San Pedro, Berth 57 office': {
    address: 'Berth 57, 3011 Miner St, San Pedro, CA 90731',
    parking: 'Crew parking in the Ports O’Call lot off Sampson Way; basecamp on the Berth 57 apron',
    point: { latitude: 33.7209, longitude: -118.2727 },
  },
  'Port of San Pedro, Berth 57': {
    address: 'Berth 57, 3011 Miner St, San Pedro, CA 90731',
    parking: 'Crew parking in the Ports O’Call lot off Sampson Way; basecamp on the Berth 57 apron',
    point: { latitude: 33.7206, longitude: -118.2732 },
  },
  'Pacific Studios, tank stage 3': {
    address: 'Pacific Studios, 1200 N Harbor Blvd, Wilmington, CA 90744 (stage 3)',
    parking: 'Studio lot, gate 2: show the call sheet at the gate',
    point: { latitude: 33.7836, longitude: -118.2722 },
  },
  'Point Vicente Lighthouse': {
    address: '31550 Palos Verdes Dr W, Rancho Palos Verdes, CA 90275',
    parking: 'Interpretive Center lot; shuttle van to the lighthouse every 15 minutes',
    point: { latitude: 33.7421, longitude: -118.4107 },
  },
};

/** Minutes after midnight as HH:MM. */
const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const CREW: CallSheetDetailsDto['crewCalls'] = [
  { department: 'Production', position: 'UPM', name: 'Ursula Grant', call: null },
  { department: 'Production', position: 'Line producer', name: 'Leo Brandt', call: null },
  { department: 'Assistant directors', position: '1st AD', name: 'Rafael Ortiz', call: '06:30' },
  { department: 'Assistant directors', position: '2nd AD', name: 'Mei Tanaka', call: '05:30' },
  { department: 'Camera', position: 'DP', name: 'Hugo Lindqvist', call: null },
  { department: 'Camera', position: '1st AC', name: 'Casey Moreau', call: '06:30' },
  { department: 'Camera', position: '2nd AC', name: 'Jo Park', call: '06:30' },
  { department: 'Grip and electric', position: 'Gaffer', name: 'Nate Okoro', call: '06:30' },
  { department: 'Grip and electric', position: 'Key grip', name: 'Sol Varga', call: '06:30' },
  { department: 'Sound', position: 'Mixer', name: 'Ines Duarte', call: null },
  { department: 'Hair and make-up', position: 'Key make-up', name: 'Bea Kowalski', call: '05:30' },
  { department: 'Wardrobe', position: 'Costume supervisor', name: 'Theo Marsh', call: '05:45' },
  { department: 'Locations', position: 'Location manager', name: 'Gus Ferreira', call: '05:00' },
];

/**
 * The demo's call sheets, prepared by the line producer: day 1 published (its emails kept in an outbox, as
 * the demo never sends mail, and three of the team confirming from their links) and day 2 saved as a draft.
 */
export const seedDemoCallSheets = async (
  as: (role: Role) => ServiceContext,
  productionId: ProductionId,
): Promise<void> => {
  const lp = as('line-producer');
  const schedule = await loadCallSheetSchedule(lp, productionId);
  const locationOf = new Map(
    (schedule.data?.scenes ?? []).map((s) => [s.set, s.shootingLocation] as const),
  );
  const detailsFor = (dayNumber: number): { date: string; details: CallSheetDetailsDto } => {
    const day = schedule.shootDays.find((d) => d.dayNumber === dayNumber);
    if (day === undefined)
      throw new DomainError('internal', `The demo board has no day ${dayNumber}`);
    const locations = new Map<string, string[]>();
    for (const set of day.sets) {
      const name = locationOf.get(set) ?? set;
      locations.set(name, [...(locations.get(name) ?? []), set]);
    }
    const exterior = day.scenes.some((s) => s.intExt !== 'INT');
    return {
      date: day.date,
      details: {
        generalCrewCall: '07:00',
        shootingCall: '08:00',
        weather:
          dayNumber === 1
            ? 'Overcast, showers clearing by noon, 14–17 °C, wind W 15 mph'
            : 'Marine layer until 10:00, then sunny, 15–19 °C',
        locations: [...locations].map(([name, sets]) => ({
          name,
          sets,
          ...(PLACES[name] ?? { address: '', parking: '', point: null }),
        })),
        nearestHospital: {
          name: 'Providence Little Company of Mary Medical Center San Pedro',
          address: '1300 W 7th St, San Pedro, CA 90732',
          phone: '+1 310 832 3311',
        },
        castCalls: day.castNumbers.map((castNumber, i) => ({
          castNumber,
          pickup: i === 0 ? '05:45' : null,
          hairMakeup: clock(6 * 60 + 15 + i * 15),
          wardrobe: i < 2 ? '06:45' : '07:15',
          onSet: null,
          note: i === 0 ? 'Driver: Pat, silver minivan' : '',
        })),
        background: day.sets.includes('HARBOUR QUAY')
          ? [{ description: 'Dockworkers', count: 6, call: '07:00' }]
          : [],
        crewCalls: CREW,
        notes:
          'Closed set on the quay. Walkie channels: 1 production, 2 ADs, 3 camera. Lunch at 13:00 in the Berth 57 shed.',
        safety: exterior
          ? 'Life jackets for everyone working within six feet of the quay edge; wet-down on the apron, watch your footing. Safety meeting at the shooting call.'
          : 'Rain effects on the windows: cables off the floor, GFCI on every lamp near water.',
      },
    };
  };

  const first = detailsFor(1);
  await saveCallSheet(lp, productionId, first.date, { version: 0, details: first.details });
  // Publishing emails the team; the demo's go to an outbox of its own, whatever the server is configured with.
  const outbox = createOutboxMailer();
  const published = await publishCallSheet(
    { ...lp, deps: { ...lp.deps, mailer: outbox } },
    productionId,
    first.date,
    { version: 1 },
    'http://127.0.0.1:4000',
  );
  if (published.outcome !== 'allowed')
    throw new DomainError('internal', 'The demo call sheet was not published');
  const confirming = new Set(['Ursula Grant', 'Hugo Lindqvist', 'Dana Reyes']);
  for (const message of outbox.messages) {
    const token = /call-sheet-confirmations\/([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
    if (token !== undefined && confirming.has(message.to.name))
      await confirmCallSheet(lp.deps, token, (action) => action);
  }

  const second = detailsFor(2);
  await saveCallSheet(lp, productionId, second.date, { version: 0, details: second.details });
};

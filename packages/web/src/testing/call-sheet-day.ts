import type { CallSheetDayDto, CallSheetDto, CallSheetListDto } from '@greenlight/contract';

// A small shoot day for the Call sheets tests: day 2 of 3 with two working cast, one location, a draft that
// was published once (revision 1, three recipients: one confirmed, one failed).

export const CALL_SHEET_DATE = '2027-01-15';

const scene = (sceneId: string, number: string, set: string, castNumbers: number[]) => ({
  sceneId,
  number,
  set,
  intExt: 'EXT' as const,
  time: 'night',
  eighths: 3,
  castNumbers,
  description: '',
});

export const SHEET: CallSheetDto = {
  productionTitle: 'The Long Night',
  dayNumber: 2,
  totalDays: 3,
  date: CALL_SHEET_DATE,
  generalCrewCall: '07:00',
  shootingCall: '08:00',
  weather: 'Marine layer, then sun',
  sun: {
    kind: 'rises-and-sets',
    sunrise: '2027-01-15T06:58',
    sunset: '2027-01-15T17:08',
    daylightMinutes: 610,
  },
  locations: [
    {
      name: 'Berth 57',
      address: '3011 Miner St',
      parking: 'Ports O’Call lot',
      point: { latitude: 33.7206, longitude: -118.2732 },
      sets: ['HARBOUR QUAY'],
      mapLink: 'https://maps.example/?q=33.7206,-118.2732',
    },
  ],
  nearestHospital: {
    name: 'San Pedro Hospital',
    address: '1300 W 7th St',
    phone: '+1 310 555 0100',
  },
  scenes: [scene('s2', '2', 'HARBOUR QUAY', [1, 2])],
  eighths: 3,
  cast: [
    {
      castNumber: 1,
      character: 'MARGOT',
      performer: 'Margot Hale',
      status: 'W',
      pickup: '05:45',
      hairMakeup: '06:15',
      wardrobe: null,
      onSet: '08:00',
      note: 'Driver: Pat',
    },
    {
      castNumber: 2,
      character: 'TOMAS',
      performer: null,
      status: 'SWF',
      pickup: null,
      hairMakeup: null,
      wardrobe: null,
      onSet: '08:00',
      note: '',
    },
  ],
  background: [{ description: 'Dockworkers', count: 6, call: '07:00' }],
  crewCalls: [{ department: 'Camera', position: 'DP', name: 'Hugo Lindqvist', call: null }],
  notes: 'Closed set.',
  safety: 'Life jackets near the edge.',
  advance: [
    { dayNumber: 3, date: '2027-01-19', scenes: [scene('s5', '5', 'OPEN SEA', [1])], eighths: 3 },
  ],
};

export const CALL_SHEET_DAY: CallSheetDayDto = {
  date: CALL_SHEET_DATE,
  dayNumber: 2,
  totalDays: 3,
  version: 4,
  updatedAt: '2026-12-01T18:00:00.000Z',
  updatedBy: 'Leo Brandt',
  details: {
    generalCrewCall: '07:00',
    shootingCall: '08:00',
    weather: 'Marine layer, then sun',
    locations: [
      {
        name: 'Berth 57',
        address: '3011 Miner St',
        parking: 'Ports O’Call lot',
        point: { latitude: 33.7206, longitude: -118.2732 },
        sets: ['HARBOUR QUAY'],
      },
    ],
    nearestHospital: {
      name: 'San Pedro Hospital',
      address: '1300 W 7th St',
      phone: '+1 310 555 0100',
    },
    castCalls: [
      {
        castNumber: 1,
        pickup: '05:45',
        hairMakeup: '06:15',
        wardrobe: null,
        onSet: null,
        note: 'Driver: Pat',
      },
    ],
    background: [{ description: 'Dockworkers', count: 6, call: '07:00' }],
    crewCalls: [{ department: 'Camera', position: 'DP', name: 'Hugo Lindqvist', call: null }],
    notes: 'Closed set.',
    safety: 'Life jackets near the edge.',
  },
  sheet: SHEET,
  latest: {
    id: '00000000-0000-4000-8000-0000000000c1',
    revision: 1,
    publishedAt: '2026-12-01T17:00:00.000Z',
    publishedBy: 'Leo Brandt',
    changes: [],
    confirmed: 1,
    recipients: [
      {
        id: '00000000-0000-4000-8000-0000000000d1',
        personId: null,
        name: 'Dana Reyes',
        email: 'dana@example.com',
        status: 'confirmed',
        sentAt: '2026-12-01T17:00:01.000Z',
        sendError: null,
        confirmedAt: '2026-12-01T19:30:00.000Z',
      },
      {
        id: '00000000-0000-4000-8000-0000000000d2',
        personId: null,
        name: 'Sam Ortiz',
        email: 'sam@example.com',
        status: 'failed',
        sentAt: null,
        sendError: 'Mailbox unavailable',
        confirmedAt: null,
      },
      {
        id: '00000000-0000-4000-8000-0000000000d3',
        personId: null,
        name: 'Casey Moreau',
        email: 'casey@example.com',
        status: 'sent',
        sentAt: '2026-12-01T17:00:02.000Z',
        sendError: null,
        confirmedAt: null,
      },
    ],
  },
  changesSinceLatest: ['General crew call 07:00 → 06:30'],
};

export const CALL_SHEET_LIST: CallSheetListDto = {
  boardId: '00000000-0000-4000-8000-0000000000b1',
  days: [
    {
      date: '2027-01-14',
      dayNumber: 1,
      status: 'published',
      revision: 2,
      publishedAt: '2026-12-01T17:00:00.000Z',
      editedSincePublished: true,
      recipients: 13,
      confirmed: 3,
    },
    {
      date: CALL_SHEET_DATE,
      dayNumber: 2,
      status: 'draft',
      revision: null,
      publishedAt: null,
      editedSincePublished: false,
      recipients: 0,
      confirmed: 0,
    },
    {
      date: '2027-01-19',
      dayNumber: 3,
      status: 'none',
      revision: null,
      publishedAt: null,
      editedSincePublished: false,
      recipients: 0,
      confirmed: 0,
    },
  ],
};

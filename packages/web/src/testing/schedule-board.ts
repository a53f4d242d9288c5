import type {
  BoardDto,
  BoardSceneDto,
  BoardSummaryDto,
  DayOutOfDaysDto,
  OptimizeBoardResponseDto,
  ScheduleSettingsDto,
  StripDto,
} from '@greenlight/contract';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const SCHEDULE_IDS = {
  board: id(7001),
  whatIf: id(7002),
  scene1: id(7101),
  scene2: id(7102),
  scene3: id(7103),
  scene4: id(7104),
  scene5: id(7105),
  added: id(7106),
  margot: id(7201),
  tomas: id(7202),
};

const WHITE = { label: 'Day interior', colour: '#FFFFFF' };
const YELLOW = { label: 'Day exterior', colour: '#FFE066' };
const BLUE = { label: 'Night interior', colour: '#7FA7E0' };
const GREEN = { label: 'Night exterior', colour: '#7CC38A' };

const scene = (
  sceneId: string,
  number: string,
  heading: string,
  eighths: number,
  pages: string,
  castNumbers: number[],
  stripColour: BoardSceneDto['stripColour'],
): BoardSceneDto => {
  const [ie = '', rest = ''] = heading.split('. ');
  const [set = '', time = ''] = rest.split(' - ');
  return {
    id: sceneId,
    number,
    heading,
    intExt: ie === 'EXT' ? 'EXT' : 'INT',
    set,
    time,
    dayNight: time === 'NIGHT' ? 'night' : 'day',
    eighths,
    pages,
    castNumbers,
    synopsis: `Scene ${number} happens`,
    shootingLocation: null,
    stripColour,
  };
};

export const BOARD_SCENES: BoardSceneDto[] = [
  scene(SCHEDULE_IDS.scene1, '1', 'INT. HARBOUR OFFICE - NIGHT', 11, '1 3/8', [1], BLUE),
  scene(SCHEDULE_IDS.scene2, '2', 'EXT. QUAY - DAY', 6, '6/8', [1, 2], YELLOW),
  scene(SCHEDULE_IDS.scene3, '3', 'INT. KITCHEN - DAY', 20, '2 4/8', [2], WHITE),
  scene(SCHEDULE_IDS.scene4, '4', 'EXT. PIER - NIGHT', 16, '2', [1], GREEN),
  scene(SCHEDULE_IDS.scene5, '5', 'INT. KITCHEN - DAY', 4, '4/8', [2], WHITE),
];

/** Day 1: scenes 1, 2; day 2: scene 3, 4 (36/8, over a 5-page day); then scene 5 unscheduled. */
export const BOARD_STRIPS: StripDto[] = [
  { kind: 'scene', id: 's1', sceneId: SCHEDULE_IDS.scene1 },
  { kind: 'scene', id: 's2', sceneId: SCHEDULE_IDS.scene2 },
  { kind: 'day-break', id: 'b1' },
  { kind: 'banner', id: 'n1', text: 'Company move to the pier' },
  { kind: 'scene', id: 's3', sceneId: SCHEDULE_IDS.scene3 },
  { kind: 'scene', id: 's4', sceneId: SCHEDULE_IDS.scene4 },
  { kind: 'day-break', id: 'b2' },
  { kind: 'scene', id: 's5', sceneId: SCHEDULE_IDS.scene5 },
];

const EXPLANATION = {
  cast: [
    {
      castNumber: 1,
      name: 'MARGOT',
      firstDay: 1,
      lastDay: 2,
      workDays: 2,
      holdDays: 0,
      dailyRate: 150_000,
      cost: 300_000,
    },
    {
      castNumber: 2,
      name: 'TOMAS',
      firstDay: 1,
      lastDay: 2,
      workDays: 2,
      holdDays: 0,
      dailyRate: 120_000,
      cost: 240_000,
    },
  ],
  shootDays: 2,
  workDays: 4,
  holdDays: 0,
  castCost: 540_000,
};

export const BOARD: BoardDto = {
  id: SCHEDULE_IDS.board,
  name: 'Shooting schedule',
  kind: 'shooting',
  unit: 'main',
  locked: false,
  version: 3,
  sceneCount: 5,
  shootDays: 2,
  updatedAt: '2026-12-01T10:00:00.000Z',
  strips: BOARD_STRIPS,
  scenes: BOARD_SCENES,
  days: [
    {
      kind: 'shoot',
      dayNumber: 1,
      date: '2027-03-02',
      sceneIds: [SCHEDULE_IDS.scene1, SCHEDULE_IDS.scene2],
      banners: [],
      eighths: 17,
      pages: '2 1/8',
      castNumbers: [1, 2],
      sets: ['HARBOUR OFFICE', 'QUAY'],
      overLimit: false,
    },
    {
      kind: 'shoot',
      dayNumber: 2,
      date: '2027-03-03',
      sceneIds: [SCHEDULE_IDS.scene3, SCHEDULE_IDS.scene4],
      banners: ['Company move to the pier'],
      eighths: 36,
      pages: '4 4/8',
      castNumbers: [1, 2],
      sets: ['KITCHEN', 'PIER'],
      overLimit: false,
    },
  ],
  unscheduled: { sceneIds: [SCHEDULE_IDS.scene5], eighths: 4 },
  conflicts: [],
  missingSceneIds: [],
  unknownSceneIds: [],
  explanation: EXPLANATION,
  maxEighthsPerDay: 40,
  currency: 'USD',
};

export const BOARD_SUMMARIES: BoardSummaryDto[] = [
  {
    id: SCHEDULE_IDS.whatIf,
    name: 'Nights first',
    kind: 'what-if',
    unit: 'main',
    locked: false,
    version: 1,
    sceneCount: 5,
    shootDays: 3,
    updatedAt: '2026-12-02T10:00:00.000Z',
  },
  {
    id: SCHEDULE_IDS.board,
    name: 'Shooting schedule',
    kind: 'shooting',
    unit: 'main',
    locked: true,
    version: 3,
    sceneCount: 5,
    shootDays: 2,
    updatedAt: '2026-12-01T10:00:00.000Z',
  },
];

/** The optimizer's proposal: scene 2 moved to day 2, saving Tomas a day. */
export const PROPOSAL: OptimizeBoardResponseDto = {
  boardId: SCHEDULE_IDS.board,
  version: 3,
  strips: [
    { kind: 'scene', id: 's1', sceneId: SCHEDULE_IDS.scene1 },
    { kind: 'scene', id: 's4', sceneId: SCHEDULE_IDS.scene4 },
    { kind: 'day-break', id: 'b1' },
    { kind: 'scene', id: 's2', sceneId: SCHEDULE_IDS.scene2 },
    { kind: 'scene', id: 's3', sceneId: SCHEDULE_IDS.scene3 },
    { kind: 'day-break', id: 'b2' },
    { kind: 'banner', id: 'n1', text: 'Company move to the pier' },
    { kind: 'scene', id: 's5', sceneId: SCHEDULE_IDS.scene5 },
  ],
  days: BOARD.days,
  optimal: true,
  elapsedMs: 1234,
  before: {
    ...EXPLANATION,
    cast: EXPLANATION.cast.map((c) =>
      c.castNumber === 2 ? { ...c, holdDays: 1, cost: 360_000 } : c,
    ),
    holdDays: 1,
    castCost: 660_000,
  },
  after: EXPLANATION,
  castCostSaved: 120_000,
  holdDaysSaved: 1,
  shootDaysSaved: 0,
  conflicts: { before: 1, after: 0 },
  companyMoves: { before: 1, after: 1 },
  costSaved: 120_000,
};

export const SETTINGS: ScheduleSettingsDto = {
  calendar: {
    firstShootDay: '2027-03-02',
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [{ date: '2027-03-08', name: 'Founders Day' }],
    daysOff: [],
  },
  maxEighthsPerDay: 40,
  companyMoveCost: 250_000,
  dropPickupAfterDays: 10,
  sceneOrder: [],
  castAvailability: [],
  locationAvailability: [],
  sameDay: [],
  maxMinutesPerDay: null,
  sceneMinutes: {},
  crewCall: null,
  version: 2,
  saved: true,
};

const totals = (work: number, hold: number, span: number) => ({
  work,
  hold,
  holiday: 0,
  travel: 0,
  rehearsal: 0,
  fitting: 0,
  idle: 0,
  drops: 0,
  span,
});

export const DOOD: DayOutOfDaysDto = {
  boardId: SCHEDULE_IDS.board,
  days: [
    { date: '2027-03-02', weekday: 2, kind: 'shoot', dayNumber: 1, label: 'Tue 3/2 · Day 1' },
    { date: '2027-03-03', weekday: 3, kind: 'shoot', dayNumber: 2, label: 'Wed 3/3 · Day 2' },
    { date: '2027-03-04', weekday: 4, kind: 'shoot', dayNumber: 3, label: 'Thu 3/4 · Day 3' },
  ],
  shootDayCount: 3,
  rows: [
    {
      elementId: SCHEDULE_IDS.margot,
      castNumber: 1,
      name: 'MARGOT',
      cells: ['SW', 'H', 'WF'],
      start: '2027-03-02',
      finish: '2027-03-04',
      totals: totals(2, 1, 3),
    },
    {
      elementId: SCHEDULE_IDS.tomas,
      castNumber: 2,
      name: 'TOMAS',
      cells: ['', 'SWF', ''],
      start: '2027-03-03',
      finish: '2027-03-03',
      totals: totals(1, 0, 1),
    },
  ],
};

/** The cast list the board's rate inputs take their element ids from. */
export const CAST_LISTS = {
  elements: [],
  cast: [
    {
      elementId: SCHEDULE_IDS.margot,
      castNumber: 1,
      name: 'MARGOT',
      sceneCount: 3,
      eighths: 31,
      pages: '3 7/8',
      firstSceneNumber: '1',
    },
    {
      elementId: SCHEDULE_IDS.tomas,
      castNumber: 2,
      name: 'TOMAS',
      sceneCount: 3,
      eighths: 30,
      pages: '3 6/8',
      firstSceneNumber: '2',
    },
  ],
  sets: [],
};

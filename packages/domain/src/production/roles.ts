export const ROLES = [
  'executive-producer',
  'producer',
  'co-producer',
  'senior-producer',
  'associate-producer',
  'unit-production-manager',
  'line-producer',
  'production-manager',
  'production-accountant',
  'director',
  'department-head',
  'crew',
  'cast',
  'financier-representative',
] as const;
export type Role = (typeof ROLES)[number];

/** The producing team: the roles that carry the production's authority and money (the first nine of ROLES). */
export const PRODUCING_ROLES: readonly Role[] = ROLES.slice(
  0,
  ROLES.indexOf('production-accountant') + 1,
);

export type RoleInfo = {
  readonly label: string;
  /** The label on a series, where the title differs (the executive producer who runs a series is its showrunner). */
  readonly seriesLabel?: string;
  readonly description: string;
  readonly aboveTheLine: boolean;
  /** Whom this role reports to by default; the first of these present on the production is chosen. */
  readonly defaultReportsTo: readonly Role[];
};

// Responsibilities summarised in our own words from the source documents on producing roles.
export const ROLE_INFO: Readonly<Record<Role, RoleInfo>> = {
  'executive-producer': {
    label: 'Executive producer',
    seriesLabel: 'Executive producer (showrunner)',
    description:
      'Raises the money and lines up distribution, signs off the budget, brings the producers on board and settles the big creative and money questions. Often watches over several productions at once rather than running one day to day.',
    aboveTheLine: true,
    defaultReportsTo: [],
  },
  producer: {
    label: 'Producer',
    description:
      'Runs the production from development to delivery: sets the budget, engages the director, principal cast and key crew, builds the schedule and keeps the whole thing on time and on budget.',
    aboveTheLine: true,
    defaultReportsTo: ['executive-producer'],
  },
  'co-producer': {
    label: 'Co-producer',
    description:
      "The producer's second: shares the load across the whole production and takes on the tasks the producer hands over, from talent to equipment to funding.",
    aboveTheLine: true,
    defaultReportsTo: ['producer', 'executive-producer'],
  },
  'senior-producer': {
    label: 'Senior producer',
    description:
      'Manages the day-to-day making of the project for the executive producer: budget, schedule and the team doing the work, often across several pieces.',
    aboveTheLine: true,
    defaultReportsTo: ['producer', 'executive-producer'],
  },
  'associate-producer': {
    label: 'Associate producer',
    description:
      'Takes delegated work off the producers: research, coordination, paperwork and whatever part of the production they are given to look after.',
    aboveTheLine: true,
    defaultReportsTo: ['producer', 'executive-producer'],
  },
  'unit-production-manager': {
    label: 'Unit production manager',
    description:
      'Builds the top-level budget, engages department heads and the line producer, and signs off large schedule changes and overages on behalf of the producers.',
    aboveTheLine: false,
    defaultReportsTo: ['producer', 'executive-producer'],
  },
  'line-producer': {
    label: 'Line producer',
    description:
      'Budgets and schedules a unit line by line and keeps it running: call sheets, production reports, timecards and vendors.',
    aboveTheLine: false,
    defaultReportsTo: ['unit-production-manager', 'producer', 'executive-producer'],
  },
  'production-manager': {
    label: 'Production manager',
    description:
      'Runs the logistics: hires crew, approves spending within a limit, tracks costs, equipment, inventory and transport.',
    aboveTheLine: false,
    defaultReportsTo: [
      'unit-production-manager',
      'line-producer',
      'producer',
      'executive-producer',
    ],
  },
  'production-accountant': {
    label: 'Production accountant',
    description:
      'Keeps the books: records commitments and payments, checks spending against the budget and reports costs to the producers.',
    aboveTheLine: false,
    defaultReportsTo: ['unit-production-manager', 'producer', 'executive-producer'],
  },
  director: {
    label: 'Director',
    description:
      'Leads the creative work on set and in the cutting room, within the budget and schedule the producers set.',
    aboveTheLine: true,
    defaultReportsTo: ['producer', 'executive-producer'],
  },
  'department-head': {
    label: 'Department head',
    description:
      'Leads one department (camera, art, costume…), its crew and its part of the budget.',
    aboveTheLine: false,
    defaultReportsTo: [
      'unit-production-manager',
      'production-manager',
      'line-producer',
      'producer',
    ],
  },
  crew: {
    label: 'Crew',
    description: 'Works in a department under its head.',
    aboveTheLine: false,
    defaultReportsTo: [
      'department-head',
      'production-manager',
      'unit-production-manager',
      'producer',
    ],
  },
  cast: {
    label: 'Cast',
    description: 'Performs in the production.',
    aboveTheLine: true,
    defaultReportsTo: ['producer', 'executive-producer'],
  },
  'financier-representative': {
    label: 'Studio or financier representative',
    description:
      'Speaks for the studio or the financiers: follows the money, the budget and the big decisions on their behalf.',
    aboveTheLine: false,
    defaultReportsTo: [],
  },
};

export const roleLabel = (role: Role, isSeries: boolean): string => {
  const info = ROLE_INFO[role];
  return isSeries && info.seriesLabel ? info.seriesLabel : info.label;
};

import type { Department, Role } from '@greenlight/domain';

export type DemoMember = {
  readonly role: Role;
  readonly name: string;
  readonly email: string;
  readonly department?: Department;
  /** Agreed fee in whole dollars. */
  readonly fee: number;
};

/** Everyone in the demo has this password; it is printed by `greenlight demo`. */
export const DEMO_PASSWORD = 'greenlight-demo';

// One person per role, so every seat of the producing team can be tried from the sign-in page.
export const DEMO_TEAM: readonly DemoMember[] = [
  {
    role: 'executive-producer',
    name: 'Eleanor Vance',
    email: 'eleanor@harbourlight.example',
    fee: 0,
  },
  { role: 'producer', name: 'Paul Okafor', email: 'paul@harbourlight.example', fee: 95_000 },
  { role: 'co-producer', name: 'Chloe Marsh', email: 'chloe@harbourlight.example', fee: 40_000 },
  {
    role: 'senior-producer',
    name: 'Samir Haddad',
    email: 'samir@harbourlight.example',
    fee: 45_000,
  },
  { role: 'associate-producer', name: 'Ana Lima', email: 'ana@harbourlight.example', fee: 18_000 },
  {
    role: 'unit-production-manager',
    name: 'Ursula Grant',
    email: 'ursula@harbourlight.example',
    fee: 60_000,
  },
  { role: 'line-producer', name: 'Leo Brandt', email: 'leo@harbourlight.example', fee: 45_000 },
  {
    role: 'production-manager',
    name: 'Priya Natarajan',
    email: 'priya@harbourlight.example',
    fee: 32_000,
  },
  {
    role: 'production-accountant',
    name: 'Arthur Cole',
    email: 'arthur@harbourlight.example',
    fee: 28_000,
  },
  { role: 'director', name: 'Dana Reyes', email: 'dana@harbourlight.example', fee: 250_000 },
  {
    role: 'department-head',
    name: 'Hugo Lindqvist',
    email: 'hugo@harbourlight.example',
    department: 'camera',
    fee: 42_000,
  },
  {
    role: 'crew',
    name: 'Casey Moreau',
    email: 'casey@harbourlight.example',
    department: 'camera',
    fee: 12_000,
  },
  { role: 'cast', name: 'Margot Ellis', email: 'margot@harbourlight.example', fee: 300_000 },
  {
    role: 'financier-representative',
    name: 'Felix Stone',
    email: 'felix@harbourlight.example',
    fee: 0,
  },
];

export const DEMO_TITLE = 'The Harbour Light';

import { PRODUCING_ROLES, type Role } from '../production/roles.js';
import { fromMajorUnits, type CurrencyCode } from '../shared/money.js';
import type { ActionId } from './action-catalog.js';
import type { ActionRule, AuthorityMatrix, MoneyLimit } from './authority-matrix.js';

const PRODUCING = PRODUCING_ROLES;
const EVERYONE: readonly Role[] = [
  ...PRODUCING,
  'director',
  'department-head',
  'crew',
  'cast',
  'financier-representative',
];

const rule = (
  perform: readonly Role[],
  request: readonly Role[] = [],
  approve: readonly Role[] = [],
): ActionRule => ({
  perform,
  request,
  approve,
});

// Defaults follow how the source documents divide the producing work: the executive producer holds money,
// distribution and the final say; the producer runs the production and hires above the line; the UPM builds the
// top-level budget, hires department heads and signs off big schedule changes and overages; the line producer
// budgets and schedules the unit; the production manager hires crew and approves spending. Every production can
// override any of it.
const DEFAULT_RULES: Readonly<Record<ActionId, ActionRule>> = {
  'production.view': rule(EVERYONE),
  'production.edit': rule(
    ['executive-producer', 'producer'],
    ['co-producer', 'senior-producer', 'unit-production-manager'],
  ),
  'production.greenlight': rule(
    ['executive-producer'],
    ['producer', 'co-producer', 'senior-producer'],
    ['executive-producer'],
  ),
  'production.advance-stage': rule(
    ['executive-producer', 'producer'],
    ['co-producer', 'senior-producer', 'unit-production-manager', 'line-producer'],
  ),
  'production.cancel': rule(['executive-producer'], ['producer', 'financier-representative']),
  'team.manage-people': rule(
    [
      'executive-producer',
      'producer',
      'unit-production-manager',
      'line-producer',
      'production-manager',
    ],
    ['co-producer', 'associate-producer', 'department-head'],
  ),
  'team.edit-reporting-lines': rule(
    ['executive-producer', 'producer', 'unit-production-manager'],
    ['line-producer', 'production-manager'],
  ),
  'authority.edit-matrix': rule(['executive-producer'], ['producer']),
  'authority.set-signing-limits': rule(
    ['executive-producer'],
    ['producer', 'unit-production-manager'],
  ),
  'authority.delegate': rule([
    'executive-producer',
    'producer',
    'co-producer',
    'senior-producer',
    'unit-production-manager',
    'line-producer',
    'production-manager',
  ]),
  'audit.view': rule([
    'executive-producer',
    'producer',
    'co-producer',
    'senior-producer',
    'unit-production-manager',
    'line-producer',
    'production-manager',
    'production-accountant',
    'financier-representative',
  ]),
  'approvals.decide': rule(EVERYONE),
  'financing.view': rule([
    'executive-producer',
    'producer',
    'co-producer',
    'senior-producer',
    'unit-production-manager',
    'line-producer',
    'production-accountant',
    'financier-representative',
  ]),
  'financing.edit-plan': rule(
    ['executive-producer', 'producer'],
    ['co-producer', 'senior-producer', 'production-accountant'],
  ),
  'financing.close-deal': rule(['executive-producer'], ['producer', 'co-producer']),
  // Department heads see the budget they spend against; the financier's representative sees what they fund.
  'budget.view': rule([...PRODUCING, 'department-head', 'financier-representative']),
  'budget.edit-top-sheet': rule(
    ['producer', 'unit-production-manager'],
    ['line-producer', 'production-accountant'],
  ),
  'budget.edit-detail': rule(
    ['producer', 'unit-production-manager', 'line-producer', 'production-accountant'],
    ['production-manager', 'department-head'],
  ),
  'budget.approve': rule(['executive-producer'], ['producer', 'unit-production-manager']),
  'budget.approve-overage': rule(
    ['executive-producer', 'producer', 'unit-production-manager'],
    ['line-producer', 'production-manager', 'production-accountant'],
  ),
  'script.view': rule([...PRODUCING, 'director', 'department-head', 'crew', 'cast']),
  'script.import-draft': rule(
    ['executive-producer', 'producer', 'unit-production-manager', 'line-producer'],
    ['co-producer', 'senior-producer', 'associate-producer', 'production-manager', 'director'],
    ['producer'],
  ),
  'breakdown.edit': rule(
    ['producer', 'unit-production-manager', 'line-producer', 'department-head'],
    ['co-producer', 'senior-producer', 'associate-producer', 'production-manager', 'director'],
  ),
  'schedule.view': rule([...PRODUCING, 'director', 'department-head', 'crew', 'cast']),
  'schedule.change-locked-board': rule(
    ['unit-production-manager'],
    ['producer', 'co-producer', 'senior-producer', 'line-producer', 'production-manager'],
    ['unit-production-manager'],
  ),
  'schedule.edit': rule(
    ['producer', 'unit-production-manager', 'line-producer'],
    ['production-manager', 'director'],
  ),
  'schedule.approve-major-change': rule(
    ['executive-producer', 'producer', 'unit-production-manager'],
    ['line-producer', 'production-manager', 'director'],
    ['unit-production-manager', 'producer'],
  ),
  // The production office prepares the day's sheet; the first AD (head of the AD department) and the
  // producers may ask. Issuing it commits the whole unit to a day, so by default the line producer or the UPM
  // publishes, and whoever else asks is routed to them.
  'callsheet.edit': rule(
    ['unit-production-manager', 'line-producer', 'production-manager'],
    [
      'producer',
      'co-producer',
      'senior-producer',
      'associate-producer',
      'director',
      'department-head',
    ],
    ['unit-production-manager', 'line-producer'],
  ),
  'callsheet.publish': rule(
    ['unit-production-manager', 'line-producer'],
    ['producer', 'co-producer', 'senior-producer', 'production-manager', 'director'],
    ['unit-production-manager', 'line-producer'],
  ),
  // The production office fills in the day's report (the second AD and department heads may ask); the UPM
  // signs it off as the day's record, and a producer or line producer who asks is routed to the UPM.
  'production-report.edit': rule(
    ['unit-production-manager', 'line-producer', 'production-manager'],
    ['department-head', 'crew'],
  ),
  'production-report.sign': rule(
    ['unit-production-manager'],
    ['producer', 'co-producer', 'senior-producer', 'line-producer'],
    ['unit-production-manager'],
  ),
  'hiring.producer': rule(['executive-producer'], ['producer']),
  'hiring.director': rule(['producer', 'executive-producer'], ['co-producer', 'senior-producer']),
  'hiring.principal-cast': rule(['producer', 'executive-producer'], ['director', 'co-producer']),
  'hiring.writer': rule(['producer', 'executive-producer'], ['co-producer', 'director']),
  'hiring.line-producer': rule(
    ['unit-production-manager', 'producer', 'executive-producer'],
    ['co-producer'],
  ),
  'hiring.department-head': rule(
    ['unit-production-manager', 'producer', 'executive-producer'],
    ['line-producer', 'production-manager', 'director'],
  ),
  // The executive producer is in every hiring rule so that a hire above everyone else's limit can still be
  // approved by someone: escalation ends with the money's final say.
  'hiring.crew': rule(
    [
      'production-manager',
      'line-producer',
      'unit-production-manager',
      'producer',
      'executive-producer',
    ],
    ['department-head'],
  ),
  'expenditure.commit': rule(
    [
      'executive-producer',
      'producer',
      'co-producer',
      'senior-producer',
      'unit-production-manager',
      'line-producer',
      'production-manager',
      'department-head',
    ],
    ['associate-producer', 'production-accountant', 'director', 'crew'],
  ),
  'expenditure.view': rule([
    ...PRODUCING,
    'director',
    'department-head',
    'financier-representative',
  ]),
  // Anyone who may spend (or ask to) enters documents; the accountant keeps the books and the cost report.
  'spending.enter': rule([
    'executive-producer',
    'producer',
    'co-producer',
    'senior-producer',
    'associate-producer',
    'unit-production-manager',
    'line-producer',
    'production-manager',
    'production-accountant',
    'department-head',
  ]),
  'spending.pay': rule(['production-accountant', 'unit-production-manager', 'line-producer']),
  'spending.void': rule([
    'executive-producer',
    'producer',
    'unit-production-manager',
    'line-producer',
    'production-accountant',
  ]),
  'cost-report.issue': rule([
    'producer',
    'unit-production-manager',
    'line-producer',
    'production-accountant',
  ]),
  'creative.approve-script': rule(
    ['producer', 'executive-producer'],
    ['director', 'co-producer', 'senior-producer'],
  ),
  'creative.approve-casting': rule(['producer', 'executive-producer'], ['director', 'co-producer']),
  'creative.approve-locations': rule(
    ['producer', 'executive-producer'],
    ['director', 'unit-production-manager', 'line-producer'],
  ),
  'creative.approve-final-cut': rule(['executive-producer'], ['producer', 'director']),
  'post.edit-schedule': rule(
    ['producer', 'unit-production-manager', 'line-producer'],
    ['director', 'associate-producer'],
  ),
  'post.engage-vendor': rule(
    ['producer', 'executive-producer', 'unit-production-manager'],
    ['line-producer', 'associate-producer'],
  ),
  'post.approve-deliverables': rule(
    ['producer', 'executive-producer'],
    ['associate-producer', 'line-producer'],
  ),
  'distribution.negotiate': rule(
    ['executive-producer', 'producer'],
    ['co-producer', 'senior-producer'],
  ),
  'distribution.sign-deal': rule(['executive-producer'], ['producer']),
  // Timecards follow the approval chain (timecard-approval.ts): the person, their department head, the
  // production manager or UPM, the production accountant. Whose card each may sign is the chain's rule.
  'timecard.view': rule([...PRODUCING, 'department-head', 'crew', 'cast']),
  'timecard.enter': rule([...PRODUCING, 'department-head', 'crew', 'cast']),
  'timecard.enter-for-others': rule([
    'unit-production-manager',
    'line-producer',
    'production-manager',
    'production-accountant',
  ]),
  'timecard.approve-department': rule(['department-head']),
  'timecard.approve-production': rule(['production-manager', 'unit-production-manager']),
  'timecard.approve-accounting': rule(['production-accountant']),
  'labour.deals': rule(['unit-production-manager', 'line-producer', 'production-manager']),
  'payroll.export': rule([
    'production-accountant',
    'production-manager',
    'unit-production-manager',
  ]),
};

// Signing limits in whole currency units; converted to minor units for the production's currency.
const DEFAULT_LIMITS_MAJOR: Readonly<Partial<Record<Role, number | null>>> = {
  'executive-producer': null,
  producer: 100_000,
  'co-producer': 25_000,
  'senior-producer': 25_000,
  'associate-producer': 2_500,
  'unit-production-manager': 50_000,
  'line-producer': 25_000,
  'production-manager': 10_000,
  'department-head': 1_000,
};

export const defaultAuthorityMatrix = (currency: CurrencyCode): AuthorityMatrix => {
  const roleLimits: Partial<Record<Role, MoneyLimit>> = {};
  for (const [role, major] of Object.entries(DEFAULT_LIMITS_MAJOR) as [Role, number | null][]) {
    roleLimits[role] = major === null ? null : fromMajorUnits(major, currency);
  }
  return {
    rules: DEFAULT_RULES,
    roleLimits,
    personLimits: {},
    finalSay: {
      creative: 'executive-producer',
      financial: 'executive-producer',
      operational: 'producer',
    },
  };
};

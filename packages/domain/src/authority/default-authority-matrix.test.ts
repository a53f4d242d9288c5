import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../production/roles.js';
import { currencyCode } from '../shared/money.js';
import { scenario } from '../testing/index.js';
import { ACTION_IDS, actionDefinition, type ActionId } from './action-catalog.js';
import { decide } from './decide.js';
import { defaultAuthorityMatrix } from './default-authority-matrix.js';
import { validateAuthorityMatrix } from './validate-authority-matrix.js';

const ABBR: Readonly<Record<Role, string>> = {
  'executive-producer': 'EP',
  producer: 'P',
  'co-producer': 'CoP',
  'senior-producer': 'SP',
  'associate-producer': 'AP',
  'unit-production-manager': 'UPM',
  'line-producer': 'LP',
  'production-manager': 'PM',
  'production-accountant': 'PA',
  director: 'Dir',
  'department-head': 'DH',
  crew: 'Crew',
  cast: 'Cast',
  'financier-representative': 'Fin',
};
const ROLE_BY_ABBR = new Map(Object.entries(ABBR).map(([role, abbr]) => [abbr, role as Role]));

/**
 * What the default matrix means, for the full producing team (one person per role, default reporting lines,
 * department head and crew in Camera), acting for Camera with $500 where money is involved. Per action: who
 * may do it outright, and who may ask for it (everyone else is denied). Changing the default matrix should
 * change this table on purpose.
 */
const EVERY_ACTION_AT_500: readonly (readonly [ActionId, allowed: string, mayRequest: string])[] = [
  ['production.view', 'EP P CoP SP AP UPM LP PM PA Dir DH Crew Cast Fin', ''],
  ['production.edit', 'EP P', 'CoP SP UPM'],
  ['production.greenlight', 'EP', 'P CoP SP'],
  ['production.advance-stage', 'EP P', 'CoP SP UPM LP'],
  ['production.cancel', 'EP', 'P Fin'],
  ['team.manage-people', 'EP P UPM LP PM', 'CoP AP DH'],
  ['team.edit-reporting-lines', 'EP P UPM', 'LP PM'],
  ['authority.edit-matrix', 'EP', 'P'],
  ['authority.set-signing-limits', 'EP', 'P UPM'],
  ['authority.delegate', 'EP P CoP SP UPM LP PM', ''],
  ['audit.view', 'EP P CoP SP UPM LP PM PA Fin', ''],
  ['approvals.decide', 'EP P CoP SP AP UPM LP PM PA Dir DH Crew Cast Fin', ''],
  ['financing.view', 'EP P CoP SP UPM LP PA Fin', ''],
  ['financing.edit-plan', 'EP P', 'CoP SP PA'],
  ['financing.close-deal', 'EP', 'P CoP'],
  ['budget.view', 'EP P CoP SP AP UPM LP PM PA DH Fin', ''],
  ['budget.edit-top-sheet', 'P UPM', 'LP PA'],
  ['budget.edit-detail', 'P UPM LP PA', 'PM DH'],
  ['budget.approve', 'EP', 'P UPM'],
  ['budget.approve-overage', 'EP P UPM', 'LP PM PA'],
  ['script.view', 'EP P CoP SP AP UPM LP PM PA Dir DH Crew Cast', ''],
  ['script.import-draft', 'EP P UPM LP', 'CoP SP AP PM Dir'],
  ['breakdown.edit', 'P UPM LP DH', 'CoP SP AP PM Dir'],
  ['schedule.view', 'EP P CoP SP AP UPM LP PM PA Dir DH Crew Cast', ''],
  ['schedule.edit', 'P UPM LP', 'PM Dir'],
  ['schedule.change-locked-board', 'UPM', 'P CoP SP LP PM'],
  ['schedule.approve-major-change', 'EP P UPM', 'LP PM Dir'],
  ['callsheet.edit', 'UPM LP PM', 'P CoP SP AP Dir DH'],
  ['callsheet.publish', 'UPM LP', 'P CoP SP PM Dir'],
  ['production-report.edit', 'UPM LP PM', 'DH Crew'],
  ['production-report.sign', 'UPM', 'P CoP SP LP'],
  ['hiring.producer', 'EP', 'P'],
  ['hiring.director', 'EP P', 'CoP SP'],
  ['hiring.principal-cast', 'EP P', 'CoP Dir'],
  ['hiring.writer', 'EP P', 'CoP Dir'],
  ['hiring.line-producer', 'EP P UPM', 'CoP'],
  ['hiring.department-head', 'EP P UPM', 'LP PM Dir'],
  ['hiring.crew', 'EP P UPM LP PM', 'DH'],
  ['expenditure.commit', 'EP P CoP SP UPM LP PM DH', 'AP PA Dir Crew'],
  ['expenditure.view', 'EP P CoP SP AP UPM LP PM PA Dir DH Fin', ''],
  ['spending.enter', 'EP P CoP SP AP UPM LP PM PA DH', ''],
  ['spending.pay', 'UPM LP PA', ''],
  ['spending.void', 'EP P UPM LP PA', ''],
  ['cost-report.issue', 'P UPM LP PA', ''],
  ['creative.approve-script', 'EP P', 'CoP SP Dir'],
  ['creative.approve-casting', 'EP P', 'CoP Dir'],
  ['creative.approve-locations', 'EP P', 'UPM LP Dir'],
  ['creative.approve-final-cut', 'EP', 'P Dir'],
  ['post.edit-schedule', 'P UPM LP', 'AP Dir'],
  ['post.engage-vendor', 'EP P UPM', 'AP LP'],
  ['post.approve-deliverables', 'EP P', 'AP LP'],
  ['distribution.negotiate', 'EP P', 'CoP SP'],
  ['distribution.sign-deal', 'EP', 'P'],
  ['timecard.view', 'EP P CoP SP AP UPM LP PM PA DH Crew Cast', ''],
  ['timecard.enter', 'EP P CoP SP AP UPM LP PM PA DH Crew Cast', ''],
  ['timecard.enter-for-others', 'UPM LP PM PA', ''],
  ['timecard.approve-department', 'DH', ''],
  ['timecard.approve-production', 'UPM PM', ''],
  ['timecard.approve-accounting', 'PA', ''],
  ['labour.deals', 'UPM LP PM', ''],
  ['payroll.export', 'UPM PM PA', ''],
];

/**
 * Money actions at larger amounts: who signs outright, and for everyone else who may ask, whom the request is
 * routed to first (`LP>UPM`: the line producer's request goes to the unit production manager). `!` marks a
 * request nobody on the team may approve.
 */
const MONEY_ACTIONS: readonly (readonly [
  ActionId,
  amount: number,
  allowed: string,
  routed: string,
])[] = [
  [
    'expenditure.commit',
    30_000,
    'EP P UPM',
    'CoP>P SP>P AP>P LP>UPM PM>UPM PA>UPM Dir>P DH>UPM Crew>UPM',
  ],
  [
    'expenditure.commit',
    200_000,
    'EP',
    'P>EP CoP>EP SP>EP AP>EP UPM>EP LP>EP PM>EP PA>EP Dir>EP DH>EP Crew>EP',
  ],
  ['budget.approve-overage', 30_000, 'EP P UPM', 'LP>UPM PM>UPM PA>UPM'],
  ['budget.approve-overage', 200_000, 'EP', 'P>EP UPM>EP LP>EP PM>EP PA>EP'],
  ['hiring.director', 200_000, 'EP', 'P>EP CoP>EP SP>EP'],
  ['hiring.department-head', 30_000, 'EP P UPM', 'LP>UPM PM>UPM Dir>P'],
  ['hiring.crew', 30_000, 'EP P UPM', 'LP>UPM PM>UPM DH>UPM'],
  // Above the producer's $100,000 only the executive producer signs a crew deal.
  ['hiring.crew', 200_000, 'EP', 'P>EP UPM>EP LP>EP PM>EP DH>EP'],
  ['post.engage-vendor', 200_000, 'EP', 'P>EP AP>EP UPM>EP LP>EP'],
  ['distribution.sign-deal', 5_000_000, 'EP', 'P>EP'],
];

const roles = (abbrs: string): Role[] =>
  abbrs
    .split(' ')
    .filter((a) => a !== '')
    .map((a) => {
      const role = ROLE_BY_ABBR.get(a);
      if (!role) throw new Error(`Unknown abbreviation ${a}`);
      return role;
    });

describe('default authority matrix', () => {
  const s = scenario().inDepartment('camera').build();

  it('is valid and gives every action in the catalog a rule', () => {
    expect(validateAuthorityMatrix(defaultAuthorityMatrix(currencyCode('USD'))).ok).toBe(true);
    expect(EVERY_ACTION_AT_500.map(([a]) => a)).toEqual(ACTION_IDS);
  });

  describe.each(EVERY_ACTION_AT_500)('%s', (action, allowed, mayRequest) => {
    const allow = roles(allowed);
    const request = roles(mayRequest);
    it.each([...ROLES])('for the %s', (role) => {
      const d = decide(s.snapshot, s.personOf(role), action, {
        today: s.today,
        amount: s.money(500),
        department: 'camera',
      });
      const expected = allow.includes(role)
        ? 'allow'
        : request.includes(role)
          ? 'requires-approval'
          : 'deny';
      expect(d.outcome).toBe(expected);
      if (d.outcome === 'deny') expect(d.code).toBe('no-authority');
      if (d.outcome === 'requires-approval') expect(d.approvers.length).toBeGreaterThan(0);
      if (actionDefinition(action).readOnly) expect(d.outcome).not.toBe('requires-approval');
    });
  });

  it.each(MONEY_ACTIONS)('%s for %i (major units)', (action, amount, allowed, routed) => {
    const outcomes = ROLES.flatMap((role) => {
      const d = decide(s.snapshot, s.personOf(role), action, {
        today: s.today,
        amount: s.money(amount),
        department: 'camera',
      });
      if (d.outcome === 'allow') return [{ kind: 'allow', text: ABBR[role] }];
      if (d.outcome === 'requires-approval') {
        const to = d.approvers.map(
          (p) => ABBR[s.members.find((m) => m.person.id === p)?.assignment.role ?? 'cast'],
        );
        return [{ kind: 'routed', text: `${ABBR[role]}>${to.join('+')}` }];
      }
      return d.code === 'no-approver' ? [{ kind: 'routed', text: `${ABBR[role]}!` }] : [];
    });
    expect(
      outcomes
        .filter((o) => o.kind === 'allow')
        .map((o) => o.text)
        .join(' '),
    ).toBe(allowed);
    expect(
      outcomes
        .filter((o) => o.kind === 'routed')
        .map((o) => o.text)
        .join(' '),
    ).toBe(routed);
  });
});

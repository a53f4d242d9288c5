import { describe, expect, it } from 'vitest';
import { DEFAULT_LABOUR_AGREEMENTS } from './default-labour-agreements.js';
import type { AgreementClause, LabourAgreement } from './labour-agreement.js';
import { labourAgreementProblems } from './validate-labour-agreement.js';

const clausesOf = (a: LabourAgreement): AgreementClause[] => [
  ...a.daily.map((s) => s.clause),
  ...(a.sixthDay?.steps.map((s) => s.clause) ?? []),
  ...(a.seventhDay?.steps.map((s) => s.clause) ?? []),
  ...[a.weeklyOvertime, a.meals, a.restPeriod, a.minimumCall, a.maximumDay, a.paidHoliday]
    .filter((rule) => rule !== null)
    .map((rule) => rule.clause),
  a.dayMinutes.clause,
  a.rounding.clause,
];

describe('default labour agreements', () => {
  it('are usable, with unique ids, versioned by year', () => {
    expect(
      DEFAULT_LABOUR_AGREEMENTS.map((a) => [a.id, a.year, labourAgreementProblems(a)]),
    ).toEqual([
      ['us-ca-wage-order-12-2001', 2001, []],
      ['sag-aftra-performers-2023', 2023, []],
      ['iatse-crew-2021', 2021, []],
      ['crew-deal-convention-2026', 2026, []],
    ]);
  });

  it('cite domain-conventions §8 on every clause, or say the choice is ours', () => {
    for (const agreement of DEFAULT_LABOUR_AGREEMENTS) {
      for (const clause of clausesOf(agreement)) {
        expect(clause.source).toMatch(/domain-conventions §8\.[123]|Greenlight default/);
        expect(clause.words).not.toBe('');
      }
    }
  });
});

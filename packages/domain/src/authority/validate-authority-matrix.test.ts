import { describe, expect, it } from 'vitest';
import { currencyCode } from '../shared/money.js';
import { defaultAuthorityMatrix } from './default-authority-matrix.js';
import { validateAuthorityMatrix } from './validate-authority-matrix.js';

const valid = defaultAuthorityMatrix(currencyCode('USD'));
const problems = (matrix: unknown): string[] => {
  const r = validateAuthorityMatrix(matrix);
  if (r.ok) return [];
  expect(r.error.code).toBe('validation');
  return (r.error.details?.['problems'] as string[] | undefined) ?? [];
};

describe('validateAuthorityMatrix', () => {
  it('accepts the default matrix and returns it', () => {
    expect(validateAuthorityMatrix(valid)).toEqual({ ok: true, value: valid });
  });

  it('accepts a matrix that went through JSON', () => {
    expect(validateAuthorityMatrix(JSON.parse(JSON.stringify(valid))).ok).toBe(true);
  });

  it('requires a rule for every action and none for unknown ones', () => {
    const { 'expenditure.commit': _dropped, ...rest } = valid.rules;
    expect(
      problems({
        ...valid,
        rules: { ...rest, 'expenditure.teleport': { perform: [], request: [], approve: [] } },
      }),
    ).toEqual(['no rule for expenditure.commit', 'rule for unknown action "expenditure.teleport"']);
  });

  it('requires known roles in rules and limits', () => {
    expect(
      problems({
        ...valid,
        rules: {
          ...valid.rules,
          'production.edit': { perform: ['producer', 'mascot'], request: 'producer', approve: [] },
        },
        roleLimits: { ...valid.roleLimits, mascot: 5 },
      }),
    ).toEqual([
      'production.edit.perform names unknown role "mascot"',
      'production.edit.request must be a list of roles',
      'roleLimits names unknown role "mascot"',
    ]);
  });

  it('requires limits to be whole, non-negative minor units or null', () => {
    expect(
      problems({
        ...valid,
        roleLimits: { producer: -1, 'co-producer': 1.5, crew: null },
        personLimits: { 'person-1': '10' },
      }),
    ).toEqual([
      'signing limit of producer must be a whole number of minor units ≥ 0, or null for no limit; got -1',
      'signing limit of co-producer must be a whole number of minor units ≥ 0, or null for no limit; got 1.5',
      'signing limit of person person-1 must be a whole number of minor units ≥ 0, or null for no limit; got "10"',
    ]);
  });

  it('requires a known final-say role in every decision area', () => {
    expect(
      problems({
        ...valid,
        finalSay: { creative: 'director', financial: 'banker', legal: 'producer' },
      }),
    ).toEqual([
      'finalSay.financial must be a known role; got "banker"',
      'finalSay.operational must be a known role; got undefined',
      'finalSay names unknown decision area "legal"',
    ]);
  });

  it('summarises many problems in one message', () => {
    const r = validateAuthorityMatrix({
      rules: {},
      roleLimits: {},
      personLimits: {},
      finalSay: {},
    });
    expect(!r.ok && r.error.message).toMatch(
      /^The authority matrix is invalid: no rule for production.view; .* \(and \d+ more\)$/,
    );
    expect(validateAuthorityMatrix(null)).toMatchObject({
      ok: false,
      error: { message: 'The authority matrix must be an object' },
    });
  });
});

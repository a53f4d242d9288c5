import { describe, expect, it } from 'vitest';
import { scenario } from '../testing/index.js';
import type { AssignmentId } from '../shared/ids.js';
import { defaultReportsTo, validateReportingLine } from './reporting-lines.js';

describe('defaultReportsTo', () => {
  it('follows the default lines of the full team', () => {
    const s = scenario().withMember('Carl Crew', 'crew', { department: 'art' }).build();
    const line = (who: string) => {
      const to = s.assignmentOf(who).reportsTo;
      return to === null ? null : s.members.find((m) => m.assignment.id === to)?.assignment.role;
    };
    expect(line('executive-producer')).toBeNull();
    expect(line('financier-representative')).toBeNull();
    expect(line('producer')).toBe('executive-producer');
    expect(line('line-producer')).toBe('unit-production-manager');
    expect(line('department-head')).toBe('unit-production-manager');
    expect(line('crew')).toBe('department-head');
    // No art department head: the art crew member reports to the production manager, not to Camera's head.
    expect(line('Carl Crew')).toBe('production-manager');
  });

  it('takes the next role present when the first is missing', () => {
    const s = scenario().without('unit-production-manager').build();
    const lp = s.assignmentOf('line-producer');
    expect(defaultReportsTo(s.snapshot.assignments, lp)).toBe(s.assignmentOf('producer').id);
  });

  it('never reports to itself or to the same person in another role', () => {
    const s = scenario()
      .only('executive-producer', 'producer')
      .withMember('Paula Producer', 'director', { samePersonAs: 'producer' })
      .build();
    const director = s.snapshot.assignments.find((x) => x.role === 'director');
    expect(director && defaultReportsTo(s.snapshot.assignments, director)).toBe(
      s.assignmentOf('executive-producer').id,
    );
    const solo = scenario().only('producer').build();
    expect(defaultReportsTo(solo.snapshot.assignments, solo.assignmentOf('producer'))).toBeNull();
  });
});

describe('validateReportingLine', () => {
  const s = scenario().build();
  const all = s.snapshot.assignments;
  const id = (who: string) => s.assignmentOf(who).id;

  it('accepts a line and returns the updated assignment', () => {
    const r = validateReportingLine(all, id('line-producer'), id('producer'));
    expect(r).toEqual({
      ok: true,
      value: { ...s.assignmentOf('line-producer'), reportsTo: id('producer') },
    });
    expect(validateReportingLine(all, id('producer'), null)).toMatchObject({
      ok: true,
      value: { reportsTo: null },
    });
  });

  it('refuses a line to oneself', () => {
    const r = validateReportingLine(all, id('producer'), id('producer'));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Nobody can report to themselves' },
    });
  });

  it('refuses a loop', () => {
    // The executive producer under the crew member, who is (transitively) under the executive producer.
    const r = validateReportingLine(all, id('executive-producer'), id('crew'));
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!r.ok && r.error.message).toContain('loop');
  });

  it('refuses lines across productions and to unknown assignments', () => {
    const other = {
      ...s.assignmentOf('producer'),
      id: 'elsewhere' as AssignmentId,
      productionId: 'production-2' as never,
    };
    expect(validateReportingLine([...all, other], id('line-producer'), other.id)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(validateReportingLine(all, id('line-producer'), 'nope' as AssignmentId)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(validateReportingLine(all, 'nope' as AssignmentId, null)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('does not hang on a loop that already exists above', () => {
    const looped = all.map((x) =>
      x.id === id('executive-producer') ? { ...x, reportsTo: id('producer') } : x,
    );
    expect(validateReportingLine(looped, id('crew'), id('line-producer')).ok).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatBudgetFileName,
  formatBudgetFileNames,
  splitBudgetFileNames,
} from './budget-file-names.js';

describe('budget file names', () => {
  it('leaves ordinary names alone and escapes only what would be lost', () => {
    expect(formatBudgetFileNames(['payroll', 'ph', 'union pension'])).toBe(
      'payroll; ph; union pension',
    );
    expect(formatBudgetFileName('a;b\\c')).toBe('a\\;b\\\\c');
    expect(formatBudgetFileName(' padded ')).toBe('\\ padded\\ ');
    expect(formatBudgetFileName('12', true)).toBe('\\12');
  });

  it('splits what people type: trimmed, empty names dropped, escapes marked', () => {
    expect(splitBudgetFileNames(' payroll ;ph;; ')).toEqual([
      { name: 'payroll', escaped: false },
      { name: 'ph', escaped: false },
    ]);
    expect(splitBudgetFileNames('\\12; a\\;b; tail\\')).toEqual([
      { name: '12', escaped: true },
      { name: 'a;b', escaped: true },
      { name: 'tail\\', escaped: false },
    ]);
  });

  it('reads back any non-empty names it wrote (property)', () => {
    const awkward = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1 }),
      fc.constantFrom(' ', '\\', ';', ' a ', '\t;\t', '😀 '),
    );
    fc.assert(
      fc.property(fc.array(awkward), fc.boolean(), (names, reserved) => {
        expect(splitBudgetFileNames(formatBudgetFileNames(names)).map((n) => n.name)).toEqual(
          names,
        );
        for (const name of names) {
          const [read] = splitBudgetFileNames(formatBudgetFileName(name, reserved));
          expect(read?.name).toBe(name);
          if (reserved) expect(read?.escaped).toBe(true);
        }
      }),
    );
  });
});

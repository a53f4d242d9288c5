import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movesFor, namesOf, type SpendingMove } from './spending-moves';

const ALL: SpendingMove[] = [
  'submit',
  'withdraw',
  'return',
  'approve',
  'close',
  'reopen',
  'pay',
  'void',
];

describe('the moves offered on a document', () => {
  it('offers the requester submitting and withdrawing, and everyone else signing', () => {
    const document = {
      transitions: ['withdraw', 'return', 'approve', 'void'] as SpendingMove[],
      requestedBy: 'me',
    };
    expect(movesFor(document, 'me')).toEqual(['withdraw', 'void']);
    expect(movesFor(document, 'you')).toEqual(['approve', 'return', 'void']);
  });

  it('never offers anyone the approval of their own document', () => {
    fc.assert(
      fc.property(
        fc.subarray(ALL),
        fc.constantFrom('a', 'b'),
        fc.constantFrom('a', 'b'),
        (transitions, requestedBy, viewer) => {
          const moves = movesFor({ transitions, requestedBy }, viewer);
          if (requestedBy === viewer) expect(moves).not.toContain('approve');
          expect(moves.every((m) => transitions.includes(m))).toBe(true);
        },
      ),
    );
  });

  it('names whom it waits on', () => {
    const names = new Map([
      ['u', 'Ursula Grant'],
      ['l', 'Leo Brandt'],
    ]);
    expect(namesOf(['u'], names)).toBe('Ursula Grant');
    expect(namesOf(['u', 'l', 'x'], names)).toBe('Ursula Grant, Leo Brandt and a team member');
  });
});

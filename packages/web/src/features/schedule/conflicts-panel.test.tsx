import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ConflictsPanel } from './conflicts-panel';

afterEach(cleanup);

describe('the board’s conflicts', () => {
  it('lists each conflict with its day and kind', () => {
    render(
      <ConflictsPanel
        conflicts={[
          {
            kind: 'cast-unavailable',
            dayNumber: 2,
            date: '2027-03-05',
            sceneIds: ['a'],
            message: 'TOMAS is not available on 2027-03-05 (day 2)',
          },
          {
            kind: 'turnaround',
            dayNumber: 3,
            date: '2027-03-08',
            sceneIds: ['b'],
            message: 'Day 2 works at night and day 3 starts with day scene 4 the next morning',
          },
        ]}
      />,
    );
    expect(screen.getByRole('heading').textContent).toBe('2 conflicts');
    expect(screen.getAllByTestId('board-conflict-item').map((li) => li.textContent)).toEqual([
      'Day 2 · Cast availability TOMAS is not available on 2027-03-05 (day 2)',
      'Day 3 · Turnaround Day 2 works at night and day 3 starts with day scene 4 the next morning',
    ]);
  });

  it('shows nothing when the board keeps every rule', () => {
    const { container } = render(<ConflictsPanel conflicts={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

import type { BoardDto } from '@greenlight/contract';

const KIND_LABELS: Readonly<Record<BoardDto['conflicts'][number]['kind'], string>> = {
  'over-limit': 'Page limit',
  'scene-order': 'Scene order',
  'cast-unavailable': 'Cast availability',
  'location-unavailable': 'Location availability',
  turnaround: 'Turnaround',
  'same-day': 'Same day',
  'over-hours': 'Hours',
};

/**
 * Where the saved board breaks the production's rules (cast and location availability, scene order, the
 * page limit, night-to-day turnaround), day by day. Nothing when the board keeps them all.
 */
export const ConflictsPanel = ({ conflicts }: { readonly conflicts: BoardDto['conflicts'] }) => {
  if (conflicts.length === 0) return null;
  return (
    <section className="panel board-conflicts" aria-label="Conflicts" data-testid="board-conflicts">
      <h3>
        {conflicts.length} {conflicts.length === 1 ? 'conflict' : 'conflicts'}
      </h3>
      <ul>
        {conflicts.map((conflict) => (
          <li
            key={`${conflict.kind}-${conflict.dayNumber}-${conflict.sceneIds.join(',')}`}
            className="notice notice--warning"
            data-testid="board-conflict-item"
            data-kind={conflict.kind}
          >
            <strong>
              Day {conflict.dayNumber} · {KIND_LABELS[conflict.kind]}
            </strong>{' '}
            {conflict.message}
          </li>
        ))}
      </ul>
    </section>
  );
};

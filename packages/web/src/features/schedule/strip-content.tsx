import { formatBoardDate } from './board-date';
import type { BoardRow } from './board-rows';
import { dayBreakLabel } from './day-break-label';
import { intExtText } from './strip-label';

type StripContentProps = {
  readonly row: BoardRow;
  readonly maxPages: string;
  readonly onRemove: (() => void) | null;
};

/** What one strip shows, in the columns of a production board. */
export const StripContent = ({ row, maxPages, onRemove }: StripContentProps) => {
  switch (row.kind) {
    case 'scene': {
      const { scene } = row;
      if (scene === null) {
        return (
          <>
            <span className="strip__grip" aria-hidden="true" />
            <span className="strip__omitted">
              Omitted by a revision: scene {row.strip.sceneId.slice(0, 8)}… is no longer in the
              script
            </span>
            {onRemove ? <RemoveButton name="the omitted scene" onRemove={onRemove} /> : null}
          </>
        );
      }
      return (
        <>
          <span className="strip__grip" aria-hidden="true" />
          <span className="strip__number" data-testid="strip-scene-number">
            {scene.number}
          </span>
          <span className="strip__ie">{intExtText(scene.intExt)}</span>
          <span className="strip__set">
            <span className="strip__set-name">{scene.set}</span>
            {scene.synopsis ? <span className="strip__synopsis">{scene.synopsis}</span> : null}
          </span>
          <span className="strip__dn" title={scene.dayNight === 'night' ? 'Night' : 'Day'}>
            {scene.dayNight === 'night' ? 'N' : 'D'}
          </span>
          <span className="strip__pages" data-testid="strip-pages">
            {scene.pages}
          </span>
          <span className="strip__cast" aria-label={`Cast ${scene.castNumbers.join(', ')}`}>
            {scene.castNumbers.map((n) => (
              <span key={n} className="strip__cast-number">
                {n}
              </span>
            ))}
          </span>
        </>
      );
    }
    case 'day-break':
      return (
        <>
          <span className="strip__grip strip__grip--light" aria-hidden="true" />
          <span className="strip__break-label" data-testid="day-break-label">
            {dayBreakLabel(row.day)}
          </span>
          {row.day.overLimit ? (
            <span className="strip__over" data-testid="over-limit">
              Over the {maxPages}-page day
            </span>
          ) : null}
          {onRemove ? <RemoveButton name="this day break" onRemove={onRemove} light /> : null}
        </>
      );
    case 'banner':
      return (
        <>
          <span className="strip__grip" aria-hidden="true" />
          <span className="strip__banner-text">{row.strip.text}</span>
          {onRemove ? <RemoveButton name="this banner" onRemove={onRemove} /> : null}
        </>
      );
    case 'off-day':
      return (
        <>
          <span className="strip__grip" aria-hidden="true" />
          {row.endsDay ? (
            <span className="strip__off-ends">{dayBreakLabel(row.endsDay)} · </span>
          ) : null}
          <span className="strip__off-label">
            Off day{row.date === null ? '' : ` — ${formatBoardDate(row.date)}`} — {row.strip.reason}
          </span>
          {onRemove ? <RemoveButton name="this off day" onRemove={onRemove} /> : null}
        </>
      );
  }
};

const RemoveButton = ({
  name,
  onRemove,
  light = false,
}: {
  readonly name: string;
  readonly onRemove: () => void;
  readonly light?: boolean;
}) => (
  <button
    type="button"
    className={`strip__remove${light ? ' strip__remove--light' : ''}`}
    onClick={(event) => {
      event.stopPropagation();
      onRemove();
    }}
    aria-label={`Remove ${name}`}
    title={`Remove ${name}`}
  >
    ×
  </button>
);

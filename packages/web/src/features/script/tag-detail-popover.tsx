import { useState, type KeyboardEvent } from 'react';
import { useClient } from '../../api/api-context';
import type { TagMark } from './tag-marks';
import { useScriptWorkspace } from './script-workspace';

type TagDetailPopoverProps = {
  readonly marks: readonly TagMark[];
  readonly position: { readonly top: number; readonly left: number };
  readonly onClose: () => void;
};

/** What a tagged span is (one or more elements, where tags overlap), and "Remove tag". */
export const TagDetailPopover = ({ marks, position, onClose }: TagDetailPopoverProps) => {
  const { productionId, act, elements } = useScriptWorkspace();
  const client = useClient();
  const [busy, setBusy] = useState<string | null>(null);

  const remove = async (mark: TagMark) => {
    setBusy(mark.tagId);
    const ok = await act(`Removed the tag “${mark.name}” (${mark.category.label})`, () =>
      client.call('removeTag', { params: { productionId, tagId: mark.tagId } }),
    );
    setBusy(null);
    if (ok && marks.length === 1) onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div
      className="popover tag-detail"
      role="dialog"
      aria-label="Tagged element"
      style={{ top: position.top, left: position.left }}
      onKeyDown={onKeyDown}
      data-testid="tag-detail"
    >
      <ul className="plain-list tag-detail__list">
        {marks.map((mark) => {
          const element = elements.get(mark.elementId);
          return (
            <li key={mark.tagId} className="tag-detail__item">
              <span
                className="tag-detail__band"
                style={{ background: mark.category.colour }}
                aria-hidden="true"
              />
              <div className="tag-detail__text">
                <span className="tag-detail__category">{mark.category.label}</span>
                <strong className="tag-detail__name">
                  {mark.castNumber !== null ? `${mark.castNumber}. ` : ''}
                  {mark.name}
                </strong>
                {element ? (
                  <span className="muted tag-detail__scenes">
                    In {element.sceneCount} {element.sceneCount === 1 ? 'scene' : 'scenes'}
                  </span>
                ) : null}
              </div>
              <button
                type="button"
                className="button button--danger-ghost button--small"
                onClick={() => void remove(mark)}
                disabled={busy !== null}
                autoFocus={mark === marks[0]}
              >
                {busy === mark.tagId ? 'Removing…' : 'Remove tag'}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
};

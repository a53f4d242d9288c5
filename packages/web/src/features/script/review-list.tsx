import { useState } from 'react';
import type { TagReviewItemDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { navigate } from '../../router/router';
import { Notice } from '../../ui/feedback';
import { scriptViewHref } from './script-views';
import { useScriptWorkspace } from './script-workspace';

const REASON: Readonly<Record<TagReviewItemDto['reason'], string>> = {
  'scene-omitted': 'The scene was omitted',
  'text-not-found': 'The words are no longer in the scene',
};

/** Tags a revision could not carry over: remove them, keep them on the sheet, or mark the words again. */
export const ReviewList = () => {
  const { overview, productionId, act, categories, setReanchoring } = useScriptWorkspace();
  const client = useClient();
  const [busy, setBusy] = useState<string | null>(null);
  const { review } = overview;

  if (review.length === 0) {
    return (
      <Notice tone="success">
        <span data-testid="review-empty">
          Every tag carried over to the current draft: nothing to review.
        </span>
      </Notice>
    );
  }

  const resolve = async (item: TagReviewItemDto, resolution: 'remove' | 'keep-on-sheet') => {
    setBusy(item.tagId);
    await act(
      resolution === 'remove'
        ? `Removed “${item.elementName}” from scene ${item.sceneNumber}`
        : `Kept “${item.elementName}” on the sheet of scene ${item.sceneNumber}`,
      () =>
        client.call('resolveTagReview', {
          params: { productionId, tagId: item.tagId },
          body: { resolution },
        }),
    );
    setBusy(null);
  };

  const remark = (item: TagReviewItemDto) => {
    setReanchoring(item);
    const inDraft = overview.scenes.some((s) => s.id === item.sceneId);
    navigate(scriptViewHref(productionId, 'script', inDraft ? item.sceneId : undefined));
  };

  return (
    <section className="panel panel--flush panel--attention" aria-labelledby="review-heading">
      <div className="panel__bar">
        <h2 id="review-heading">
          To review <span className="count-badge count-badge--small">{review.length}</span>
        </h2>
        <p className="muted">
          The revision moved or cut the words these tags marked. Decide each one.
        </p>
      </div>
      <table className="table" data-testid="review-list">
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col">Scene</th>
            <th scope="col">Marked text</th>
            <th scope="col">Why</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {review.map((item) => {
            const category = categories.get(item.category);
            const omitted = item.reason === 'scene-omitted';
            return (
              <tr key={item.tagId} data-testid="review-row" data-reason={item.reason}>
                <th scope="row">
                  <span className="element-cell">
                    <span
                      className="swatch"
                      style={{ background: category?.colour ?? '#999' }}
                      aria-hidden="true"
                    />
                    <span>
                      <span className="row-title">{item.elementName}</span>
                      <span className="muted">{category?.label ?? item.category}</span>
                    </span>
                  </span>
                </th>
                <td>
                  <span className="row-title">{item.sceneNumber}</span>
                  <span className="muted">{item.sceneHeading}</span>
                </td>
                <td>
                  {item.text ? (
                    <q className="review-quote">{item.text}</q>
                  ) : (
                    <span className="muted">On the sheet only</span>
                  )}
                </td>
                <td>
                  <span className={`pill ${omitted ? 'pill--red' : 'pill--amber'}`}>
                    {REASON[item.reason]}
                  </span>
                </td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => remark(item)}
                      disabled={busy !== null}
                    >
                      Re-mark
                    </button>
                    {omitted ? null : (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => void resolve(item, 'keep-on-sheet')}
                        disabled={busy !== null}
                      >
                        Keep on sheet
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--small button--danger-ghost"
                      onClick={() => void resolve(item, 'remove')}
                      disabled={busy !== null}
                    >
                      Remove
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};

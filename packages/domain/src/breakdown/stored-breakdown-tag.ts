import type { BreakdownTag } from './breakdown-element.js';

/** Why a tag waits for someone to look at it after a revision. */
export type TagReviewReason = 'scene-omitted' | 'text-not-found';

/**
 * A tag as the production keeps it: which draft its anchor points into, and whether a revision left it
 * waiting for review (its anchor then still points into the older draft, so the reviewer sees what it was).
 */
export type StoredBreakdownTag = BreakdownTag & {
  readonly draftId: string | null;
  readonly review: TagReviewReason | null;
};

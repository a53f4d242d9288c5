import type { BreakdownTagDto } from '@greenlight/contract';
import type { CategoryInfo } from './script-workspace';
import type { SpanMark } from './text-segments';

/** A tag as the script draws it: where, and in which category's colour and mark. */
export type TagMark = SpanMark & {
  readonly name: string;
  readonly category: CategoryInfo;
  readonly castNumber: number | null;
};

type Lookups = {
  readonly elements: ReadonlyMap<
    string,
    { readonly name: string; readonly category: string; readonly castNumber: number | null }
  >;
  readonly categories: ReadonlyMap<string, CategoryInfo>;
};

/** The current draft's anchored tags, by the index of the element they mark. */
export const marksByElement = (
  tags: readonly BreakdownTagDto[],
  { elements, categories }: Lookups,
): Map<number, TagMark[]> => {
  const byElement = new Map<number, TagMark[]>();
  for (const tag of tags) {
    if (!tag.current || tag.anchor === null) continue;
    const element = elements.get(tag.elementId);
    const category = element ? categories.get(element.category) : undefined;
    if (!element || !category) continue;
    const mark: TagMark = {
      tagId: tag.id,
      elementId: tag.elementId,
      start: tag.anchor.start,
      end: tag.anchor.end,
      name: element.name,
      category,
      castNumber: element.castNumber,
    };
    const list = byElement.get(tag.anchor.elementIndex) ?? [];
    list.push(mark);
    byElement.set(tag.anchor.elementIndex, list);
  }
  return byElement;
};

import { childrenNamed, ownText, type XmlElement } from './read-xml-tree.js';

/** What one `TagNumber` on a text run stands for: one or more (category, label) pairs. */
export type TagMeaning = { readonly categoryName: string; readonly label: string };

export type TagData = {
  /** By tag number; a tag whose definition or category is missing is absent, with a problem. */
  readonly tags: ReadonlyMap<string, readonly TagMeaning[]>;
  /** Broken links inside `<TagData>`, as sentences for warnings. */
  readonly problems: readonly string[];
};

/**
 * Reads `<TagData>`: categories (`<TagCategory Id Name>`), definitions (`<TagDefinition CatId Id
 * Label>`) and tags (`<Tag Number><DefId>…</DefId></Tag>`), and resolves each tag number to the
 * category names and labels its definitions give. Numbers, colours and styles are not needed.
 */
export const readTagData = (tagData: XmlElement | undefined): TagData => {
  const tags = new Map<string, TagMeaning[]>();
  const problems: string[] = [];
  if (tagData === undefined) return { tags, problems };
  const categories = new Map<string, string>();
  for (const list of childrenNamed(tagData, 'TagCategories')) {
    for (const category of childrenNamed(list, 'TagCategory')) {
      const id = category.attributes['Id'];
      const name = category.attributes['Name']?.trim();
      if (id !== undefined && name !== undefined && name !== '') categories.set(id, name);
    }
  }
  const definitions = new Map<string, { readonly categoryId: string; readonly label: string }>();
  for (const list of childrenNamed(tagData, 'TagDefinitions')) {
    for (const definition of childrenNamed(list, 'TagDefinition')) {
      const id = definition.attributes['Id'];
      const categoryId = definition.attributes['CatId'];
      const label = definition.attributes['Label']?.trim() ?? '';
      if (id !== undefined && categoryId !== undefined) definitions.set(id, { categoryId, label });
    }
  }
  for (const list of childrenNamed(tagData, 'Tags')) {
    for (const tag of childrenNamed(list, 'Tag')) {
      const number = tag.attributes['Number']?.trim();
      if (number === undefined || number === '') continue;
      const meanings: TagMeaning[] = [];
      for (const defId of childrenNamed(tag, 'DefId')) {
        const id = ownText(defId).trim();
        const definition = definitions.get(id);
        const categoryName =
          definition === undefined ? undefined : categories.get(definition.categoryId);
        if (definition === undefined) {
          problems.push(`Tag ${number} refers to a tag definition the file does not have (${id}).`);
        } else if (categoryName === undefined) {
          problems.push(
            `The tag definition "${definition.label}" belongs to a category the file does not have (${definition.categoryId}).`,
          );
        } else if (definition.label === '') {
          problems.push(`A tag definition in "${categoryName}" has no label.`);
        } else {
          meanings.push({ categoryName, label: definition.label });
        }
      }
      if (meanings.length > 0) tags.set(number, [...(tags.get(number) ?? []), ...meanings]);
    }
  }
  return { tags, problems };
};

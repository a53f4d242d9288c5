import { sectionOfWord, type BudgetSection, type PercentageItem } from '@greenlight/domain';
import { itemKindOfWord } from './budget-file-words.js';
import type { BudgetRow } from './budget-row.js';
import { parsePercentText } from './parse-percent-text.js';
import { notParsed, parsed, quoted } from './parsed-value.js';

/**
 * `item` (below the subtotal): ID, Description (its name), Kind (contingency, completion-bond,
 * insurance, overhead, other), Rate as a percentage, and Base: the sections (`ATL; BTL; Post; Other`)
 * and earlier items (by ID) it is a percentage of. A name written with a backslash is always an item.
 */
export const parseItemRecord = (row: BudgetRow): PercentageItem => {
  row.ignoreOthers(['ID', 'Description', 'Kind', 'Rate', 'Base']);
  const sections: BudgetSection[] = [];
  const items: string[] = [];
  for (const { name, escaped } of row.names('Base')) {
    const section = escaped ? null : sectionOfWord(name);
    if (section === null) items.push(name);
    else sections.push(section);
  }
  return {
    id: row.name('ID').name,
    kind: row.value(
      'Kind',
      (text) => {
        const kind = itemKindOfWord(text);
        return kind === null
          ? notParsed(
              `${quoted(text)} is not a kind of item (contingency, completion-bond, insurance, overhead or other)`,
            )
          : parsed(kind);
      },
      'other',
    ),
    name: row.text('Description'),
    rateBp: row.value('Rate', parsePercentText, 0),
    base: { sections, items },
  };
};

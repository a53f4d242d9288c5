import type { BudgetUnit } from '@greenlight/domain';
import { unitOfWord } from './budget-file-words.js';
import { notParsed, parsed, type Parsed, quoted } from './parsed-value.js';

/** A unit by any of the words `unitOfWord` knows: `Days`, `week`, `hrs`, `Flat`. */
export const parseUnitText = (text: string): Parsed<BudgetUnit> => {
  const unit = unitOfWord(text);
  return unit === null
    ? notParsed(
        `${quoted(text)} is not a unit (days, weeks, months, hours, episodes, each, flat or allow)`,
      )
    : parsed(unit);
};

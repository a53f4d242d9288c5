import { quantity } from './quantity.js';
import { BELOW_THE_LINE_ACCOUNTS } from './below-the-line-accounts.js';
import { templateAccount, type BudgetTemplate } from './budget-template.js';
import { DEFAULT_FRINGES } from './default-fringes.js';
import { DEFAULT_PERCENTAGE_ITEMS } from './default-percentage-items.js';

/** The feature-film chart of accounts (domain-conventions §7, "suggested default"). */
export const FEATURE_FILM_TEMPLATE: BudgetTemplate = {
  id: 'feature-film',
  name: 'Feature film',
  accounts: [
    templateAccount('1100', 'Story & Rights', 'above-the-line'),
    templateAccount('1200', 'Writers & Screenplay', 'above-the-line'),
    templateAccount('1300', 'Producers', 'above-the-line'),
    templateAccount('1400', 'Director', 'above-the-line'),
    templateAccount('1500', 'Cast', 'above-the-line'),
    templateAccount('1600', 'Casting', 'above-the-line'),
    templateAccount('1800', 'ATL Travel & Living', 'above-the-line'),
    templateAccount('1900', 'ATL Fringes', 'above-the-line', 'fringes'),
    ...BELOW_THE_LINE_ACCOUNTS,
  ],
  fringes: DEFAULT_FRINGES,
  globals: [
    {
      name: 'SHOOT_DAYS',
      description: 'Shoot days (from the schedule)',
      value: { kind: 'quantity', quantity: quantity(30) },
      scheduleLink: { kind: 'shoot-days' },
    },
    {
      name: 'PREP_WEEKS',
      description: 'Prep weeks',
      value: { kind: 'quantity', quantity: quantity(8) },
      scheduleLink: null,
    },
    {
      name: 'SHOOT_WEEKS',
      description: 'Shoot weeks',
      value: { kind: 'quantity', quantity: quantity(6) },
      scheduleLink: null,
    },
    {
      name: 'WRAP_WEEKS',
      description: 'Wrap weeks',
      value: { kind: 'quantity', quantity: quantity(2) },
      scheduleLink: null,
    },
    {
      name: 'POST_WEEKS',
      description: 'Post-production weeks',
      value: { kind: 'quantity', quantity: quantity(24) },
      scheduleLink: null,
    },
  ],
  percentageItems: DEFAULT_PERCENTAGE_ITEMS,
};

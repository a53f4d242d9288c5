import { quantity } from './quantity.js';
import { BELOW_THE_LINE_ACCOUNTS } from './below-the-line-accounts.js';
import { templateAccount, type BudgetTemplate } from './budget-template.js';
import { DEFAULT_FRINGES } from './default-fringes.js';
import { DEFAULT_PERCENTAGE_ITEMS } from './default-percentage-items.js';

/**
 * The episodic-TV chart of accounts: above the line in the numbering episodic budgets share across the
 * industry (1100 Story, Rights & Continuity, 1200 Producers, 1300 Directors, 1400 Cast with series
 * regulars, guest cast, stunts and casting; domain-conventions §7, numbering A), the rest as the feature
 * template. Globals count episodes; shoot days are the season's, fed by the schedule.
 */
export const EPISODIC_TV_TEMPLATE: BudgetTemplate = {
  id: 'episodic-tv',
  name: 'Episodic television',
  accounts: [
    templateAccount('1100', 'Story, Rights & Continuity', 'above-the-line'),
    templateAccount('1200', 'Producers', 'above-the-line'),
    templateAccount('1300', 'Directors', 'above-the-line'),
    templateAccount('1400', 'Cast', 'above-the-line'),
    templateAccount('1800', 'ATL Travel & Living', 'above-the-line'),
    templateAccount('1900', 'ATL Fringes', 'above-the-line', 'fringes'),
    ...BELOW_THE_LINE_ACCOUNTS,
  ],
  fringes: DEFAULT_FRINGES,
  globals: [
    {
      name: 'EPISODES',
      description: 'Episodes in the season',
      value: { kind: 'quantity', quantity: quantity(8) },
      scheduleLink: null,
    },
    {
      name: 'SHOOT_DAYS',
      description: 'Shoot days of the season (from the schedule)',
      value: { kind: 'quantity', quantity: quantity(64) },
      scheduleLink: { kind: 'shoot-days' },
    },
    {
      name: 'SHOOT_DAYS_PER_EPISODE',
      description: 'Shoot days per episode',
      value: { kind: 'quantity', quantity: quantity(8) },
      scheduleLink: null,
    },
    {
      name: 'PREP_DAYS_PER_EPISODE',
      description: "Director's prep days per episode",
      value: { kind: 'quantity', quantity: quantity(7) },
      scheduleLink: null,
    },
    {
      name: 'PREP_WEEKS',
      description: 'Series prep weeks',
      value: { kind: 'quantity', quantity: quantity(10) },
      scheduleLink: null,
    },
    {
      name: 'WRAP_WEEKS',
      description: 'Wrap weeks',
      value: { kind: 'quantity', quantity: quantity(3) },
      scheduleLink: null,
    },
    {
      name: 'POST_WEEKS',
      description: 'Post-production weeks',
      value: { kind: 'quantity', quantity: quantity(30) },
      scheduleLink: null,
    },
  ],
  percentageItems: DEFAULT_PERCENTAGE_ITEMS,
};

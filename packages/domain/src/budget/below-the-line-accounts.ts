import { templateAccount } from './budget-template.js';
import type { BudgetAccount } from './budget-account.js';

/**
 * Below the line, post and other, as domain-conventions §7 suggests (synthesised from the published
 * charts): the shoot in the 2000s and 3000s with its fringe account, post in the 4000s, other in the
 * 5000s. Shared by the feature and episodic templates.
 */
export const BELOW_THE_LINE_ACCOUNTS: readonly BudgetAccount[] = [
  templateAccount('2100', 'Production Staff', 'below-the-line'),
  templateAccount('2200', 'Extras', 'below-the-line'),
  templateAccount('2300', 'Art & Set Design', 'below-the-line'),
  templateAccount('2400', 'Set Construction', 'below-the-line'),
  templateAccount('2500', 'Set Operations', 'below-the-line'),
  templateAccount('2600', 'Special Effects', 'below-the-line'),
  templateAccount('2700', 'Set Dressing', 'below-the-line'),
  templateAccount('2800', 'Props', 'below-the-line'),
  templateAccount('2900', 'Wardrobe', 'below-the-line'),
  templateAccount('3000', 'Makeup & Hair', 'below-the-line'),
  templateAccount('3100', 'Electric', 'below-the-line'),
  templateAccount('3200', 'Grip', 'below-the-line'),
  templateAccount('3300', 'Camera', 'below-the-line'),
  templateAccount('3400', 'Production Sound', 'below-the-line'),
  templateAccount('3500', 'Transportation', 'below-the-line'),
  templateAccount('3600', 'Locations', 'below-the-line'),
  templateAccount('3700', 'Stock & Media', 'below-the-line'),
  templateAccount('3800', 'Stunts & Animals', 'below-the-line'),
  templateAccount('3900', 'BTL Fringes', 'below-the-line', 'fringes'),
  templateAccount('4100', 'Editorial', 'post'),
  templateAccount('4200', 'Music', 'post'),
  templateAccount('4300', 'Post Sound', 'post'),
  templateAccount('4400', 'Visual Effects', 'post'),
  templateAccount('4500', 'Titles', 'post'),
  templateAccount('4600', 'Lab & DI', 'post'),
  templateAccount('4700', 'Deliverables', 'post'),
  templateAccount('4900', 'Post Fringes', 'post', 'fringes'),
  templateAccount('5100', 'Publicity', 'other'),
  templateAccount('5200', 'Insurance', 'other'),
  templateAccount('5300', 'Legal', 'other'),
  templateAccount('5400', 'General Expense', 'other'),
];

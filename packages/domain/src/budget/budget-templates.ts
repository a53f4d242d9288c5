import type { BudgetTemplate } from './budget-template.js';
import { EPISODIC_TV_TEMPLATE } from './episodic-tv-template.js';
import { FEATURE_FILM_TEMPLATE } from './feature-film-template.js';

export const BUDGET_TEMPLATES: readonly BudgetTemplate[] = [
  FEATURE_FILM_TEMPLATE,
  EPISODIC_TV_TEMPLATE,
];

import type { Department } from '../production/departments.js';

/**
 * The department each account of the built-in charts belongs to (the same numbers in the feature and episodic
 * templates), so that a department head budgets their own accounts in detail from the start. The domain's
 * accounts carry no department; a production changes these with the rest of the setup. Accounts that belong
 * to no one department (producers, story, extras, insurance) have none: only the producing roles edit them.
 */
export const TEMPLATE_ACCOUNT_DEPARTMENTS: Readonly<Record<string, Department>> = {
  '1600': 'casting',
  '2100': 'production-office',
  '2300': 'art',
  '2400': 'art',
  '2500': 'grip',
  '2600': 'special-effects',
  '2700': 'set-decoration',
  '2800': 'props',
  '2900': 'costume',
  '3000': 'hair-and-makeup',
  '3100': 'electric',
  '3200': 'grip',
  '3300': 'camera',
  '3400': 'sound',
  '3500': 'transportation',
  '3600': 'locations',
  '3700': 'camera',
  '3800': 'stunts',
  '4100': 'editorial',
  '4200': 'music',
  '4300': 'post-production',
  '4400': 'visual-effects',
  '4500': 'post-production',
  '4600': 'post-production',
  '4700': 'post-production',
  '5300': 'accounting',
};

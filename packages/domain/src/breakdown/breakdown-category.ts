import type { Department } from '../production/departments.js';

/**
 * The breakdown's element categories, in the order a breakdown sheet lists them: the industry's usual list
 * (Final Draft's and Movie Magic Scheduling's built-in categories), each with the colour or mark a script is
 * traditionally underlined with (domain conventions §4.2: cast red, stunts orange, background green, special
 * effects blue, props violet, vehicles and animals pink, sound and music brown; wardrobe circled, make-up
 * and hair marked with an asterisk, special equipment boxed, notes underlined). The categories without a
 * traditional colour get a distinct one so a tagged page stays readable; colours are per-production
 * configurable later, these are the defaults.
 */
export const BREAKDOWN_CATEGORIES = [
  'cast',
  'background',
  'stunts',
  'vehicles',
  'props',
  'camera',
  'special-effects',
  'visual-effects',
  'mechanical-effects',
  'wardrobe',
  'makeup-hair',
  'animals',
  'animal-wrangler',
  'music',
  'sound',
  'art-department',
  'set-dressing',
  'greenery',
  'special-equipment',
  'security',
  'additional-labour',
  'miscellaneous',
  'notes',
] as const;
export type BreakdownCategory = (typeof BREAKDOWN_CATEGORIES)[number];

/** How the category is marked on a printed script, besides its colour. */
export type BreakdownMark = 'highlight' | 'circle' | 'asterisk' | 'box' | 'underline';

export type BreakdownCategoryInfo = {
  readonly id: BreakdownCategory;
  readonly label: string;
  /** `#RRGGBB`. */
  readonly colour: string;
  readonly mark: BreakdownMark;
  /** The department that provides it: a department head may tag their own category (`breakdown.edit`). */
  readonly department: Department;
  /** Category names Final Draft and Movie Magic use for it, matched case-insensitively on import. */
  readonly importNames: readonly string[];
};

const info = (
  id: BreakdownCategory,
  label: string,
  colour: string,
  department: Department,
  importNames: readonly string[],
  mark: BreakdownMark = 'highlight',
): BreakdownCategoryInfo => ({ id, label, colour, mark, department, importNames });

export const BREAKDOWN_CATEGORY_INFO: Readonly<Record<BreakdownCategory, BreakdownCategoryInfo>> = {
  cast: info('cast', 'Cast members', '#E53935', 'casting', ['Cast Members', 'Cast']),
  background: info('background', 'Background', '#43A047', 'assistant-directors', [
    'Background Actors',
    'Background',
    'Extras',
    'Atmosphere',
  ]),
  stunts: info('stunts', 'Stunts', '#FB8C00', 'stunts', ['Stunts']),
  vehicles: info('vehicles', 'Vehicles', '#EC407A', 'transportation', [
    'Vehicles',
    'Picture Vehicles',
  ]),
  props: info('props', 'Props', '#8E24AA', 'props', ['Props', 'Hand Props']),
  camera: info('camera', 'Camera', '#546E7A', 'camera', ['Camera', 'Camera Equipment']),
  'special-effects': info('special-effects', 'Special effects', '#1E88E5', 'special-effects', [
    'Special Effects',
    'SFX',
  ]),
  'visual-effects': info('visual-effects', 'Visual effects', '#00ACC1', 'visual-effects', [
    'Visual Effects',
    'VFX',
    'Optical FX',
  ]),
  'mechanical-effects': info(
    'mechanical-effects',
    'Mechanical effects',
    '#3949AB',
    'special-effects',
    ['Mechanical Effects'],
  ),
  wardrobe: info('wardrobe', 'Wardrobe', '#26C6DA', 'costume', ['Wardrobe', 'Costume'], 'circle'),
  'makeup-hair': info(
    'makeup-hair',
    'Makeup and hair',
    '#F06292',
    'hair-and-makeup',
    ['Makeup/Hair', 'Makeup', 'Hair', 'Makeup and Hair'],
    'asterisk',
  ),
  animals: info('animals', 'Animals', '#F48FB1', 'props', ['Animals', 'Livestock']),
  'animal-wrangler': info('animal-wrangler', 'Animal wrangler', '#AD1457', 'props', [
    'Animal Wrangler',
    'Animal Handler',
  ]),
  music: info('music', 'Music', '#8D6E63', 'music', ['Music']),
  sound: info('sound', 'Sound', '#6D4C41', 'sound', ['Sound', 'Sound Effects']),
  'art-department': info('art-department', 'Art department', '#FDD835', 'art', [
    'Art Department',
    'Art',
  ]),
  'set-dressing': info('set-dressing', 'Set dressing', '#C0CA33', 'set-decoration', [
    'Set Dressing',
  ]),
  greenery: info('greenery', 'Greenery', '#7CB342', 'set-decoration', ['Greenery']),
  'special-equipment': info(
    'special-equipment',
    'Special equipment',
    '#78909C',
    'grip',
    ['Special Equipment'],
    'box',
  ),
  security: info('security', 'Security', '#5D4037', 'production-office', ['Security']),
  'additional-labour': info(
    'additional-labour',
    'Additional labour',
    '#9E9D24',
    'production-office',
    ['Additional Labor', 'Additional Labour'],
  ),
  miscellaneous: info('miscellaneous', 'Miscellaneous', '#BDBDBD', 'production-office', [
    'Miscellaneous',
    'Misc',
  ]),
  notes: info(
    'notes',
    'Notes',
    '#757575',
    'assistant-directors',
    ['Notes', 'Comments'],
    'underline',
  ),
};

export const isBreakdownCategory = (value: string): value is BreakdownCategory =>
  (BREAKDOWN_CATEGORIES as readonly string[]).includes(value);

const BY_IMPORT_NAME = new Map<string, BreakdownCategory>(
  BREAKDOWN_CATEGORIES.flatMap((id) =>
    BREAKDOWN_CATEGORY_INFO[id].importNames.map((name) => [name.toLowerCase(), id] as const),
  ),
);

/** Our category for a category name found in an imported file (`Cast Members` → cast); null when unknown. */
export const categoryForImportName = (name: string): BreakdownCategory | null =>
  BY_IMPORT_NAME.get(name.trim().toLowerCase()) ?? null;

import { BREAKDOWN_CATEGORY_INFO, formatEighths, instant } from '@greenlight/domain';
import type {
  BreakdownCategory,
  BreakdownSheet,
  BreakdownSheetCategory,
  BreakdownSheetItem,
} from '@greenlight/domain';
import type { BreakdownSheetsPdfInput } from '../render-breakdown-sheets-pdf.js';

const category = (
  id: BreakdownCategory,
  items: readonly (string | readonly [number, string])[],
): BreakdownSheetCategory => {
  const info = BREAKDOWN_CATEGORY_INFO[id];
  return {
    category: id,
    label: info.label,
    colour: info.colour,
    items: items.map((item, i): BreakdownSheetItem => {
      const [castNumber, name] = typeof item === 'string' ? [null, item] : item;
      return {
        elementId: `${id}-${i}`,
        name,
        castNumber,
        label: castNumber === null ? name : `${castNumber}. ${name}`,
      };
    }),
  };
};

const sheet = (
  over: Partial<BreakdownSheet> & Pick<BreakdownSheet, 'sceneNumber' | 'eighths'>,
): BreakdownSheet => ({
  sceneId: `scene-${over.sceneNumber}`,
  heading: 'INT. HARBOUR OFFICE - NIGHT',
  intExt: 'INT',
  set: 'HARBOUR OFFICE',
  shootingLocation: null,
  time: 'NIGHT',
  pages: formatEighths(over.eighths),
  pageStart: 1,
  synopsis: null,
  categories: [],
  ...over,
});

/**
 * Three sheets: a typical scene (eight categories, a long note, Łódź and Zoë), a crowd scene with
 * more elements than one page holds (so it continues, and its background box splits), and a bare
 * scene with no elements, no time and no location.
 */
export const sampleBreakdownSheets = (): BreakdownSheetsPdfInput => ({
  productionTitle: 'Nocturne in Łódź',
  scriptTitle: 'Nocturne — shooting script',
  draftLabel: 'Blue revision, 2026-11-30',
  generatedAt: instant('2026-12-01T09:30:00Z'),
  sheets: [
    sheet({
      sceneNumber: '12',
      eighths: 11,
      pageStart: 14,
      shootingLocation: 'Gdańsk shipyard, hall 3 (stage B)',
      synopsis:
        'Margot finds the ledger hidden in the harbour office and realises Zoë has been lying ' +
        'about the shipments; the night watchman interrupts her before she can photograph it.',
      categories: [
        category('cast', [
          [1, 'MARGOT'],
          [2, 'ZOË ÅNGSTRÖM'],
          [7, 'NIGHT WATCHMAN'],
        ]),
        category('background', ['Dock workers (6)', 'Security guard']),
        category('vehicles', ['Forklift', 'Red pickup truck']),
        category('props', ['Ledger', 'Torch', 'Phone with cracked screen', 'Harbour keys']),
        category('special-effects', ['Rain on windows']),
        category('wardrobe', ['Margot: wet raincoat', 'Watchman uniform']),
        category('makeup-hair', ['Margot: rain-soaked hair']),
        category('art-department', ['Shipping manifests on desk']),
        category('notes', [
          'Practical lamp on the desk must be dimmable; sparks to confirm with the gaffer before ' +
            'the recce on Thursday.',
        ]),
      ],
    }),
    sheet({
      sceneNumber: '47A',
      heading: 'EXT. PIOTRKOWSKA STREET, ŁÓDŹ - DAY',
      intExt: 'EXT',
      set: 'PIOTRKOWSKA STREET, ŁÓDŹ',
      time: 'DAY',
      eighths: 27,
      pageStart: 61,
      shootingLocation: 'Piotrkowska 104, Łódź',
      synopsis: 'The parade.',
      categories: [
        category(
          'cast',
          Array.from({ length: 24 }, (_, i) => [i + 1, `CHARACTER ${i + 1}`] as const),
        ),
        category(
          'background',
          Array.from({ length: 70 }, (_, i) => `Parade marcher ${i + 1}`),
        ),
        category('stunts', ['Fall from float', 'Crowd crush (rigged)']),
        category(
          'vehicles',
          Array.from({ length: 12 }, (_, i) => `Float ${i + 1}`),
        ),
        category(
          'props',
          Array.from({ length: 30 }, (_, i) => `Banner ${i + 1}`),
        ),
        category('music', ['Brass band (live)']),
        category('security', ['Street closure marshals']),
      ],
    }),
    sheet({
      sceneNumber: '48',
      heading: 'INT. CAR',
      set: 'CAR',
      intExt: 'INT',
      time: null,
      eighths: 1,
      pageStart: 63,
    }),
  ],
});

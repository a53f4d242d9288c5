import type { BreakdownCategory, ProductionId, Role } from '@greenlight/domain';
import { DomainError, sceneElementRange } from '@greenlight/domain';
import { numberCast, setShootingLocation, tagElements } from '../services/breakdown-service.js';
import { loadBreakdown } from '../services/load-breakdown.js';
import { importDraft, suggestions } from '../services/script-service.js';
import { readOnly, type ServiceContext } from '../services/service-context.js';
import { DEMO_SCRIPT_BLUE, DEMO_SCRIPT_WHITE } from './demo-script.js';

// What the line producer marks in the white draft, by the capitalised words the writer introduced.
const CATEGORY_OF: Readonly<Record<string, BreakdownCategory>> = {
  'RADIO SET': 'props',
  STATIC: 'sound',
  'YELLOW OILSKIN': 'wardrobe',
  FLASHLIGHT: 'props',
  'LOBSTER POTS': 'set-dressing',
  'PILOT LAUNCH': 'vehicles',
  DOCKWORKERS: 'background',
  'FISHING BOAT': 'vehicles',
  NET: 'props',
  WAVE: 'special-effects',
  LENS: 'art-department',
  FLICKERS: 'special-effects',
  'LIFE RING': 'props',
  BLANKET: 'props',
  THERMOS: 'props',
  'INCIDENT LOG': 'props',
};

const SHOOTING_LOCATIONS: readonly (readonly [string, string])[] = [
  ['HARBOUR OFFICE', 'Port of San Pedro, Berth 57 office'],
  ['HARBOUR QUAY', 'Port of San Pedro, Berth 57'],
  ['OPEN SEA', 'Pacific Studios, tank stage 3'],
  ['LIGHTHOUSE LAMP ROOM', 'Point Vicente Lighthouse'],
];

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/**
 * The demo's script: the white draft imported and broken down by the line producer (cast from the dialogue,
 * props, vehicles, effects, sets mapped to shooting locations, cast numbered), then the blue revision imported
 * by the producer — one scene cut, one added, one rewritten — so the breakdown carries over and the tags of the
 * cut scene wait in the review list.
 */
export const seedDemoScript = async (
  as: (role: Role) => ServiceContext,
  productionId: ProductionId,
): Promise<void> => {
  const lp = as('line-producer');
  await importDraft(lp, productionId, {
    fileName: 'the-harbour-light.fountain',
    content: base64(DEMO_SCRIPT_WHITE),
    draftDate: '2026-09-14',
  });
  const suggested = await suggestions(lp, productionId);
  const draftId = suggested.draftId;
  if (draftId === null) throw new DomainError('internal', 'The demo script did not import');
  const tags = suggested.suggestions.flatMap((s) => {
    const category = s.category ?? CATEGORY_OF[s.name];
    return category === undefined
      ? []
      : [{ sceneId: s.sceneId, anchor: s.anchor, category, name: titleCase(s.name, category) }];
  });
  const loaded = await loadBreakdown(readOnly(lp.deps), productionId);
  const scene3 = loaded?.scenes.find((scene) => scene.number === '3');
  if (loaded && scene3) {
    // Lower-case in the script, so only a person would catch it: the winch the net is caught in.
    const range = sceneElementRange(loaded.draft.document, scene3);
    for (let index = range.start; index < range.end; index += 1) {
      const element = loaded.draft.document.elements[index];
      const at = element && 'text' in element ? element.text.indexOf('winch') : -1;
      if (at >= 0) {
        tags.push({
          sceneId: scene3.id,
          anchor: { elementIndex: index, start: at, end: at + 'winch'.length, text: 'winch' },
          category: 'special-equipment',
          name: 'Winch',
        });
      }
    }
  }
  await tagElements(lp, productionId, {
    draftId,
    tags: tags.map(({ sceneId, anchor, category, name }) => ({
      sceneId,
      anchor: { elementIndex: anchor.elementIndex, start: anchor.start, end: anchor.end },
      category,
      name,
    })),
  });
  await numberCast(lp, productionId);
  for (const [set, location] of SHOOTING_LOCATIONS) {
    await setShootingLocation(lp, productionId, { set, shootingLocation: location });
  }
  await importDraft(as('producer'), productionId, {
    fileName: 'the-harbour-light-blue.fountain',
    content: base64(DEMO_SCRIPT_BLUE),
    draftDate: '2026-10-02',
  });
};

/** Cast keep their capitals (as call sheets print them); other elements read as ordinary words. */
const titleCase = (name: string, category: BreakdownCategory): string =>
  category === 'cast' ? name : name.charAt(0) + name.slice(1).toLowerCase();

import type { ScriptOverviewDto } from '@greenlight/contract';
import { BREAKDOWN_CATEGORIES, BREAKDOWN_CATEGORY_INFO } from '@greenlight/domain';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const SCRIPT_IDS = {
  draft: id(9001),
  previousDraft: id(9000),
  scene1: id(9101),
  scene2: id(9102),
  ledger: id(9201),
  margot: id(9202),
  coat: id(9203),
  tagLedger: id(9301),
  tagMargot: id(9302),
  tagCoat: id(9303),
  tagLamp: id(9304),
};

/** No script yet: what the Script tab shows before the first import. */
export const EMPTY_SCRIPT: ScriptOverviewDto = {
  draft: null,
  drafts: [],
  document: null,
  scenes: [],
  totalEighths: 0,
  totalPages: '0',
  elements: [],
  tags: [],
  review: [],
  categories: BREAKDOWN_CATEGORIES.map((c) => {
    const info = BREAKDOWN_CATEGORY_INFO[c];
    return {
      id: c,
      label: info.label,
      colour: info.colour,
      mark: info.mark,
      department: info.department,
    };
  }),
  nextRevision: { colour: 'white', label: 'White' },
};

const draft = (n: number, colour: string, label: string, hex: string) => ({
  id: n === 2 ? SCRIPT_IDS.draft : SCRIPT_IDS.previousDraft,
  number: n,
  title: 'The Harbour Ledger',
  revisionColour: colour,
  revisionLabel: label,
  revisionHex: hex,
  draftDate: n === 2 ? '2026-11-30' : '2026-11-24',
  fileName: n === 2 ? 'harbour-blue.fountain' : 'harbour.fountain',
  format: 'fountain' as const,
  importedByName: 'Ruth Adeyemi',
  importedAt: '2026-11-30T10:00:00.000Z',
  diagnostics: [],
  sceneCounts:
    n === 2
      ? { added: 1, changed: 1, unchanged: 0, omitted: 1 }
      : { added: 2, changed: 0, unchanged: 0, omitted: 0 },
  omitted:
    n === 2 ? [{ sceneId: id(9109), number: '3', heading: 'EXT. CUSTOMS SHED - NIGHT' }] : [],
});

/** A blue revision with two scenes, a few tags (two overlapping) and one tag to review. */
export const REVISED_SCRIPT: ScriptOverviewDto = {
  ...EMPTY_SCRIPT,
  draft: draft(2, 'blue', 'Blue revision', '#A7C7E7'),
  drafts: [
    draft(2, 'blue', 'Blue revision', '#A7C7E7'),
    draft(1, 'white', 'White draft', '#FFFFFF'),
  ],
  document: {
    titlePage: [],
    elements: [
      { type: 'scene-heading', text: 'INT. HARBOUR OFFICE - NIGHT', sceneNumber: '1' },
      {
        type: 'action',
        centered: false,
        text: 'MARGOT (40s) turns the pages of a heavy ledger in her long coat.',
      },
      { type: 'character', name: 'MARGOT', text: 'MARGOT', extensions: [], dual: null },
      { type: 'parenthetical', text: '(to herself)' },
      { type: 'dialogue', text: 'Forty crates in.' },
      { type: 'transition', text: 'CUT TO:' },
      { type: 'scene-heading', text: 'EXT. QUAY - DAY', sceneNumber: '2A' },
      { type: 'action', centered: false, text: 'Gulls. The first ferry.' },
    ],
  },
  scenes: [
    {
      id: SCRIPT_IDS.scene1,
      number: '1',
      heading: 'INT. HARBOUR OFFICE - NIGHT',
      intExt: 'INT',
      set: 'HARBOUR OFFICE',
      time: 'NIGHT',
      dayNight: 'night',
      pageStart: 1,
      eighths: 11,
      pages: '1 3/8',
      characters: ['MARGOT'],
      nonSpeaking: [],
      synopsis: 'Margot finds the ledger does not add up.',
      elementStart: 0,
      elementEnd: 6,
      status: 'changed',
      previousNumber: null,
      castNumbers: [1],
      shootingLocation: 'Old Customs House, Pier 4',
    },
    {
      id: SCRIPT_IDS.scene2,
      number: '2A',
      heading: 'EXT. QUAY - DAY',
      intExt: 'EXT',
      set: 'QUAY',
      time: 'DAY',
      dayNight: 'day',
      pageStart: 2,
      eighths: 3,
      pages: '3/8',
      characters: [],
      nonSpeaking: [],
      synopsis: null,
      elementStart: 6,
      elementEnd: 8,
      status: 'added',
      previousNumber: '2',
      castNumbers: [],
      shootingLocation: null,
    },
  ],
  totalEighths: 14,
  totalPages: '1 6/8',
  elements: [
    { id: SCRIPT_IDS.ledger, category: 'props', name: 'Ledger', castNumber: null, sceneCount: 1 },
    { id: SCRIPT_IDS.margot, category: 'cast', name: 'MARGOT', castNumber: 1, sceneCount: 1 },
    {
      id: SCRIPT_IDS.coat,
      category: 'wardrobe',
      name: 'Long coat',
      castNumber: null,
      sceneCount: 1,
    },
  ],
  tags: [
    {
      id: SCRIPT_IDS.tagLedger,
      elementId: SCRIPT_IDS.ledger,
      sceneId: SCRIPT_IDS.scene1,
      // "heavy ledger"
      anchor: { elementIndex: 1, start: 34, end: 46, text: 'heavy ledger' },
      current: true,
      review: null,
    },
    {
      id: SCRIPT_IDS.tagMargot,
      elementId: SCRIPT_IDS.margot,
      sceneId: SCRIPT_IDS.scene1,
      anchor: { elementIndex: 1, start: 0, end: 6, text: 'MARGOT' },
      current: true,
      review: null,
    },
    {
      id: SCRIPT_IDS.tagCoat,
      elementId: SCRIPT_IDS.coat,
      sceneId: SCRIPT_IDS.scene1,
      // "ledger in her long coat" overlaps "heavy ledger"
      anchor: { elementIndex: 1, start: 40, end: 63, text: 'ledger in her long coat' },
      current: true,
      review: null,
    },
    {
      id: SCRIPT_IDS.tagLamp,
      elementId: SCRIPT_IDS.ledger,
      sceneId: SCRIPT_IDS.scene1,
      anchor: null,
      current: false,
      review: 'text-not-found',
    },
  ],
  review: [
    {
      tagId: SCRIPT_IDS.tagLamp,
      elementId: SCRIPT_IDS.ledger,
      elementName: 'Ledger',
      category: 'props',
      reason: 'text-not-found',
      sceneId: SCRIPT_IDS.scene1,
      sceneNumber: '1',
      sceneHeading: 'INT. HARBOUR OFFICE - NIGHT',
      text: 'the old ledger',
    },
  ],
  nextRevision: { colour: 'pink', label: 'Pink' },
};

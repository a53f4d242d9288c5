import { describe, expect, it } from 'vitest';
import type { ScheduleSettingsDto } from '@greenlight/contract';
import { SCHEDULE_IDS, SETTINGS } from '../../testing/schedule-board';
import {
  buildSettingsRequest,
  draftChanged,
  draftFromSettings,
  withCastRule,
  withSetWindow,
} from './settings-draft';

const NAMES = {
  castName: (n: number) => (n === 1 ? 'MARGOT' : `Cast ${n}`),
  sceneNumber: (id: string) => (id === SCHEDULE_IDS.scene3 ? '3' : '?'),
};

const RULES: ScheduleSettingsDto = {
  ...SETTINGS,
  dropPickupAfterDays: null,
  sceneOrder: [[SCHEDULE_IDS.scene4, SCHEDULE_IDS.scene2]],
  castAvailability: [
    {
      castNumber: 2,
      availableFrom: '2027-03-03',
      availableUntil: null,
      unavailable: ['2027-03-09', '2027-03-05'],
    },
  ],
  locationAvailability: [{ set: 'KITCHEN', availableFrom: null, availableUntil: '2027-03-12' }],
  sameDay: [[SCHEDULE_IDS.scene3, SCHEDULE_IDS.scene5]],
  maxMinutesPerDay: 570,
  sceneMinutes: { [SCHEDULE_IDS.scene3]: 90 },
  crewCall: '06:30',
};

const build = (
  settings: ScheduleSettingsDto,
  edit = (d: ReturnType<typeof draftFromSettings>) => d,
) => buildSettingsRequest(edit(draftFromSettings(settings, 'USD')), 'USD', settings.version, NAMES);

describe('the settings draft', () => {
  it('gives back the settings it was made from, blocked dates in date order', () => {
    const built = build(RULES);
    const { saved: _saved, ...expected } = RULES;
    expect(built).toEqual({
      ok: true,
      body: {
        ...expected,
        castAvailability: [
          { ...RULES.castAvailability[0], unavailable: ['2027-03-05', '2027-03-09'] },
        ],
      },
    });
  });

  it('drops the rows that say nothing and leaves out the version of unsaved defaults', () => {
    const draft = draftFromSettings(SETTINGS, 'USD');
    const edited = {
      ...draft,
      cast: withCastRule(draft.cast, 1, { from: '', until: '' }),
      sets: withSetWindow(draft.sets, 'QUAY', { from: '' }),
      sceneMinutes: { [SCHEDULE_IDS.scene3]: '  ' },
    };
    expect(draftChanged(edited, draft)).toBe(false);
    const built = buildSettingsRequest(edited, 'USD', null, NAMES);
    expect(built.ok && built.body.castAvailability).toEqual([]);
    expect(built.ok && built.body.locationAvailability).toEqual([]);
    expect(built.ok && built.body.sceneMinutes).toEqual({});
    expect(built.ok && 'version' in built.body).toBe(false);
  });

  it('sees a real change as one', () => {
    const draft = draftFromSettings(SETTINGS, 'USD');
    expect(
      draftChanged({ ...draft, cast: withCastRule(draft.cast, 1, { until: '2027-03-04' }) }, draft),
    ).toBe(true);
  });

  it('says what to fix, naming the cast member and the scene', () => {
    const built = build(SETTINGS, (d) => ({
      ...d,
      maxPages: 'five',
      maxHours: '25',
      dropPickupAfterDays: 'x',
      cast: withCastRule(d.cast, 1, { from: '2027-03-10', until: '2027-03-04' }),
      sets: withSetWindow(d.sets, 'KITCHEN', { from: '2027-04-01', until: '2027-03-01' }),
      sceneMinutes: { [SCHEDULE_IDS.scene3]: '1.5' },
    }));
    expect(built).toEqual({
      ok: false,
      errors: [
        'Most pages a day: write it like 5 or 4 6/8',
        'Most hours a day: between 30 minutes and 24 hours',
        'Drop and pick up after: a number of days from 0 to 365, or blank',
        'MARGOT: the start date is after the drop date',
        'KITCHEN: the first day is after the last day',
        'Scene 3: the estimate is whole minutes, from 1 to 1440',
      ],
    });
  });
});

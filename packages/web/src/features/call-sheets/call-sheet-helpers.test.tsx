import { describe, expect, it } from 'vitest';
import { CALL_SHEET_DAY, SHEET } from '../../testing/call-sheet-day';
import { publishedText } from './call-sheet-outcome';
import { callSheetHref, callSheetRouteFromPath } from './call-sheet-views';
import {
  draftFromDay,
  draftToDetails,
  emptyCrewCall,
  emptyLocation,
  isDraftChanged,
  validateDraft,
} from './details-draft';
import { previewSheet } from './preview-sheet';
import { clockOf, formatDaylight, sceneHeading } from './sheet-format';

describe('call sheet routes', () => {
  it('reads the days and a day from the path, and nothing else', () => {
    expect(callSheetRouteFromPath('')).toEqual({ view: 'days' });
    expect(callSheetRouteFromPath('/2027-01-15')).toEqual({ view: 'day', date: '2027-01-15' });
    expect(callSheetRouteFromPath('/tomorrow')).toBeNull();
    expect(callSheetRouteFromPath('/2027-01-15/extra')).toBeNull();
    expect(callSheetHref('p1', { view: 'day', date: '2027-01-15' })).toBe(
      '/productions/p1/call-sheets/2027-01-15',
    );
  });
});

describe('the details draft', () => {
  it('gives every working cast member a row and saves back what was loaded', () => {
    const draft = draftFromDay(CALL_SHEET_DAY);
    expect(draft.castCalls.map((call) => call.castNumber)).toEqual([1, 2]);
    // TOMAS had nothing entered: his blank row is not saved, so the details come back as they were.
    expect(draftToDetails(draft)).toEqual(CALL_SHEET_DAY.details);
    expect(isDraftChanged(draft, draft)).toBe(false);
  });

  it('reads empty times as "not given" and trims what people typed', () => {
    const draft = draftFromDay(CALL_SHEET_DAY);
    const details = draftToDetails({
      ...draft,
      shootingCall: '',
      weather: '  Rain  ',
      crewCalls: [{ department: ' Sound ', position: 'Mixer', name: '', call: '' }],
    });
    expect(details.shootingCall).toBeNull();
    expect(details.weather).toBe('Rain');
    expect(details.crewCalls).toEqual([
      { department: 'Sound', position: 'Mixer', name: '', call: null },
    ]);
  });

  it('says what is wrong, field by field', () => {
    const draft = draftFromDay(CALL_SHEET_DAY);
    const errors = validateDraft({
      ...draft,
      generalCrewCall: '',
      locations: [{ ...emptyLocation, latitude: '95' }],
      hospital: { name: '', address: 'Somewhere', phone: '' },
      background: [{ description: '', count: '2.5', call: '' }],
      crewCalls: [emptyCrewCall],
    });
    expect(errors).toEqual({
      generalCrewCall: 'Enter the general crew call',
      'locations.0.name': 'A location needs a name',
      'locations.0.latitude': 'A latitude from -90 to 90, such as 33.7206',
      'locations.0.longitude': 'Enter the longitude too, or neither',
      'hospital.name': 'The hospital needs a name',
      'background.0.description': 'Say who the background are',
      'background.0.count': 'A whole number of people, 0 to 10,000',
      'background.0.call': 'Enter the call',
      'crewCalls.0.department': 'Which department?',
    });
    expect(validateDraft(draft)).toEqual({});
  });
});

describe('the live preview', () => {
  it('lays the typed values over the last built sheet', () => {
    const draft = draftFromDay(CALL_SHEET_DAY);
    const preview = previewSheet(
      SHEET,
      draftToDetails({
        ...draft,
        generalCrewCall: '06:30',
        shootingCall: '',
        castCalls: draft.castCalls.map((call) =>
          call.castNumber === 2 ? { ...call, wardrobe: '06:45' } : call,
        ),
        locations: draft.locations.map((location) => ({ ...location, latitude: '34' })),
      }),
    );
    expect(preview.generalCrewCall).toBe('06:30');
    expect(preview.shootingCall).toBeNull();
    // With no shooting call the cast are on set at the crew call, as the server would build it.
    expect(preview.cast.map((member) => [member.character, member.wardrobe, member.onSet])).toEqual(
      [
        ['MARGOT', null, '06:30'],
        ['TOMAS', '06:45', '06:30'],
      ],
    );
    // A moved point has no map link until the save rebuilds it; the sets stay from the schedule.
    expect(preview.locations[0]?.mapLink).toBeNull();
    expect(preview.locations[0]?.sets).toEqual(['HARBOUR QUAY']);
    expect(preview.scenes).toBe(SHEET.scenes);
    expect(preview.sun).toBe(SHEET.sun);
  });
});

describe('formatting', () => {
  it('says the publish outcome and the sheet’s figures plainly', () => {
    expect(publishedText({ revision: 2, recipients: 13, sent: 12, failed: 1 })).toBe(
      'Published revision 2 — sent 12, failed 1',
    );
    expect(publishedText({ revision: 1 })).toBe('Published revision 1; the emails go out shortly');
    expect(publishedText(null)).toBe('Published; the emails go out shortly');
    expect(clockOf('2027-01-15T06:58')).toBe('06:58');
    expect(formatDaylight(610)).toBe('10 h 10 min');
    const [first] = SHEET.scenes;
    if (first === undefined) throw new Error('the fixture has a scene');
    expect(sceneHeading(first)).toBe('EXT. HARBOUR QUAY — NIGHT');
  });
});

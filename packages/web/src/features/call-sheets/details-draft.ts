import type { CallSheetDayDto, CallSheetDetailsDto } from '@greenlight/contract';

// The details form keeps what people type (strings, '' for an empty time) so a half-typed latitude or count
// stays on screen; `draftToDetails` turns it into what the API takes and `validateDraft` says what is wrong.

export type LocationDraft = {
  readonly name: string;
  readonly address: string;
  readonly parking: string;
  readonly latitude: string;
  readonly longitude: string;
  /** Not edited here (the server fills them from the schedule): kept so a save never drops them. */
  readonly sets: readonly string[];
};

export type CastCallDraft = {
  readonly castNumber: number;
  readonly pickup: string;
  readonly hairMakeup: string;
  readonly wardrobe: string;
  readonly onSet: string;
  readonly note: string;
};

export type BackgroundDraft = {
  readonly description: string;
  readonly count: string;
  readonly call: string;
};

export type CrewCallDraft = {
  readonly department: string;
  readonly position: string;
  readonly name: string;
  readonly call: string;
};

export type DetailsDraft = {
  readonly generalCrewCall: string;
  readonly shootingCall: string;
  readonly weather: string;
  readonly locations: readonly LocationDraft[];
  readonly hospital: { readonly name: string; readonly address: string; readonly phone: string };
  readonly castCalls: readonly CastCallDraft[];
  readonly background: readonly BackgroundDraft[];
  readonly crewCalls: readonly CrewCallDraft[];
  readonly notes: string;
  readonly safety: string;
};

/** Field path → what is wrong with it, in words ("locations.0.name": "A location needs a name"). */
export type DraftErrors = Readonly<Record<string, string>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeOrNull = (text: string): string | null => (TIME.test(text) ? text : null);
const orEmpty = (time: string | null): string => time ?? '';

export const emptyLocation: LocationDraft = {
  name: '',
  address: '',
  parking: '',
  latitude: '',
  longitude: '',
  sets: [],
};
export const emptyBackground: BackgroundDraft = { description: '', count: '', call: '' };
export const emptyCrewCall: CrewCallDraft = { department: '', position: '', name: '', call: '' };

/**
 * The form for a loaded day. Every working cast member gets a row even when nothing was entered for them
 * yet; calls saved for cast who no longer work that day are kept (after the working cast) so saving never
 * silently drops them.
 */
export const draftFromDay = (day: CallSheetDayDto): DetailsDraft => {
  const { details, sheet } = day;
  const saved = new Map(details.castCalls.map((call) => [call.castNumber, call]));
  const working = new Set(sheet.cast.map((member) => member.castNumber));
  const castNumbers = [
    ...sheet.cast.map((member) => member.castNumber),
    ...details.castCalls.map((call) => call.castNumber).filter((n) => !working.has(n)),
  ];
  return {
    generalCrewCall: details.generalCrewCall,
    shootingCall: orEmpty(details.shootingCall),
    weather: details.weather,
    locations: details.locations.map((location) => ({
      name: location.name,
      address: location.address,
      parking: location.parking,
      latitude: location.point === null ? '' : String(location.point.latitude),
      longitude: location.point === null ? '' : String(location.point.longitude),
      sets: location.sets,
    })),
    hospital: details.nearestHospital ?? { name: '', address: '', phone: '' },
    castCalls: castNumbers.map((castNumber) => {
      const call = saved.get(castNumber);
      return {
        castNumber,
        pickup: orEmpty(call?.pickup ?? null),
        hairMakeup: orEmpty(call?.hairMakeup ?? null),
        wardrobe: orEmpty(call?.wardrobe ?? null),
        onSet: orEmpty(call?.onSet ?? null),
        note: call?.note ?? '',
      };
    }),
    background: details.background.map((group) => ({
      description: group.description,
      count: String(group.count),
      call: group.call,
    })),
    crewCalls: details.crewCalls.map((crew) => ({
      department: crew.department,
      position: crew.position,
      name: crew.name,
      call: orEmpty(crew.call),
    })),
    notes: details.notes,
    safety: details.safety,
  };
};

const parseNumber = (text: string): number | null => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
};

const pointOf = (location: LocationDraft): { latitude: number; longitude: number } | null => {
  const latitude = parseNumber(location.latitude);
  const longitude = parseNumber(location.longitude);
  if (latitude === null || longitude === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
};

const hasHospital = (hospital: DetailsDraft['hospital']): boolean =>
  [hospital.name, hospital.address, hospital.phone].some((text) => text.trim() !== '');

/** A cast row with nothing entered: left out of what is saved (the sheet's defaults apply). */
const isBlankCastCall = (call: CastCallDraft): boolean =>
  [call.pickup, call.hairMakeup, call.wardrobe, call.onSet, call.note].every(
    (t) => t.trim() === '',
  );

/**
 * The details to save, or to preview while typing: leniently, so a value that is not valid yet (a
 * half-typed latitude) reads as not given rather than blocking the preview. `validateDraft` guards the save.
 */
export const draftToDetails = (draft: DetailsDraft): CallSheetDetailsDto => ({
  generalCrewCall: draft.generalCrewCall,
  shootingCall: timeOrNull(draft.shootingCall),
  weather: draft.weather.trim(),
  locations: draft.locations.map((location) => ({
    name: location.name.trim(),
    address: location.address.trim(),
    parking: location.parking.trim(),
    point: pointOf(location),
    sets: [...location.sets],
  })),
  nearestHospital: hasHospital(draft.hospital)
    ? {
        name: draft.hospital.name.trim(),
        address: draft.hospital.address.trim(),
        phone: draft.hospital.phone.trim(),
      }
    : null,
  castCalls: draft.castCalls
    .filter((call) => !isBlankCastCall(call))
    .map((call) => ({
      castNumber: call.castNumber,
      pickup: timeOrNull(call.pickup),
      hairMakeup: timeOrNull(call.hairMakeup),
      wardrobe: timeOrNull(call.wardrobe),
      onSet: timeOrNull(call.onSet),
      note: call.note.trim(),
    })),
  background: draft.background.map((group) => ({
    description: group.description.trim(),
    count: parseNumber(group.count) ?? 0,
    call: group.call,
  })),
  crewCalls: draft.crewCalls.map((crew) => ({
    department: crew.department.trim(),
    position: crew.position.trim(),
    name: crew.name.trim(),
    call: timeOrNull(crew.call),
  })),
  notes: draft.notes.trim(),
  safety: draft.safety.trim(),
});

const LIMITS = { weather: 500, notes: 4000, safety: 4000, name: 200, address: 500, note: 500 };

/** What would stop the server taking the details, said for the field it is about; empty when none. */
export const validateDraft = (draft: DetailsDraft): DraftErrors => {
  const errors: Record<string, string> = {};
  const time = (path: string, value: string, label: string, required: boolean) => {
    if (value === '') {
      if (required) errors[path] = `Enter the ${label}`;
    } else if (!TIME.test(value)) errors[path] = `The ${label} is a time such as 06:30`;
  };
  const max = (path: string, value: string, limit: number) => {
    if (value.trim().length > limit) errors[path] = `At most ${limit} characters`;
  };

  time('generalCrewCall', draft.generalCrewCall, 'general crew call', true);
  time('shootingCall', draft.shootingCall, 'shooting call', false);
  max('weather', draft.weather, LIMITS.weather);
  max('notes', draft.notes, LIMITS.notes);
  max('safety', draft.safety, LIMITS.safety);

  draft.locations.forEach((location, i) => {
    const at = `locations.${i}`;
    if (location.name.trim() === '') errors[`${at}.name`] = 'A location needs a name';
    max(`${at}.address`, location.address, LIMITS.address);
    max(`${at}.parking`, location.parking, LIMITS.address);
    const latitude = parseNumber(location.latitude);
    const longitude = parseNumber(location.longitude);
    const latGiven = location.latitude.trim() !== '';
    const lngGiven = location.longitude.trim() !== '';
    if (latGiven && (latitude === null || Math.abs(latitude) > 90))
      errors[`${at}.latitude`] = 'A latitude from -90 to 90, such as 33.7206';
    if (lngGiven && (longitude === null || Math.abs(longitude) > 180))
      errors[`${at}.longitude`] = 'A longitude from -180 to 180, such as -118.2732';
    if (latGiven !== lngGiven) {
      const missing = latGiven ? 'longitude' : 'latitude';
      errors[`${at}.${missing}`] ??= `Enter the ${missing} too, or neither`;
    }
  });

  if (hasHospital(draft.hospital) && draft.hospital.name.trim() === '')
    errors['hospital.name'] = 'The hospital needs a name';

  draft.castCalls.forEach((call, i) => {
    const at = `castCalls.${i}`;
    time(`${at}.pickup`, call.pickup, 'pick-up', false);
    time(`${at}.hairMakeup`, call.hairMakeup, 'hair & make-up call', false);
    time(`${at}.wardrobe`, call.wardrobe, 'wardrobe call', false);
    time(`${at}.onSet`, call.onSet, 'on-set call', false);
    max(`${at}.note`, call.note, LIMITS.note);
  });

  draft.background.forEach((group, i) => {
    const at = `background.${i}`;
    if (group.description.trim() === '') errors[`${at}.description`] = 'Say who the background are';
    const count = parseNumber(group.count);
    if (count === null || !Number.isInteger(count) || count < 0 || count > 10_000)
      errors[`${at}.count`] = 'A whole number of people, 0 to 10,000';
    time(`${at}.call`, group.call, 'call', true);
  });

  draft.crewCalls.forEach((crew, i) => {
    const at = `crewCalls.${i}`;
    if (crew.department.trim() === '') errors[`${at}.department`] = 'Which department?';
    time(`${at}.call`, crew.call, 'call', false);
  });

  return errors;
};

/** Whether the form says something other than what was loaded (compared as what would be saved). */
export const isDraftChanged = (draft: DetailsDraft, loaded: DetailsDraft): boolean =>
  JSON.stringify(draftToDetails(draft)) !== JSON.stringify(draftToDetails(loaded));

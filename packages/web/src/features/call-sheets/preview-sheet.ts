import type { CallSheetDetailsDto, CallSheetDto } from '@greenlight/contract';

type Location = CallSheetDto['locations'][number];

/**
 * The last built sheet with the unsaved details laid over it, for the live preview while typing. Only what
 * the form holds changes; what the server works out from the schedule (scenes, day out of days, advance)
 * and from the places (sunrise and sunset) stays as last built until the save rebuilds the sheet. A cast
 * member's on-set call follows the shooting call (or the crew call) as the server's does; crew calls keep the
 * order they are typed in until the save sorts them.
 */
export const previewSheet = (built: CallSheetDto, details: CallSheetDetailsDto): CallSheetDto => {
  const calls = new Map(details.castCalls.map((call) => [call.castNumber, call]));
  const defaultOnSet = details.shootingCall ?? details.generalCrewCall;
  const builtLocation = (name: string): Location | undefined =>
    built.locations.find((location) => location.name === name);
  return {
    ...built,
    generalCrewCall: details.generalCrewCall || built.generalCrewCall,
    shootingCall: details.shootingCall,
    weather: details.weather,
    locations: details.locations.map((location) => {
      const before = builtLocation(location.name);
      const samePlace =
        before !== undefined &&
        before.point?.latitude === location.point?.latitude &&
        before.point?.longitude === location.point?.longitude;
      return {
        ...location,
        // The sets come from the schedule; the map link is only kept while the point is the one it was built for.
        sets: before?.sets ?? location.sets,
        mapLink: samePlace ? before.mapLink : null,
      };
    }),
    nearestHospital: details.nearestHospital,
    cast: built.cast.map((member) => {
      const call = calls.get(member.castNumber);
      return {
        ...member,
        pickup: call?.pickup ?? null,
        hairMakeup: call?.hairMakeup ?? null,
        wardrobe: call?.wardrobe ?? null,
        onSet: call?.onSet ?? (defaultOnSet || member.onSet),
        note: call?.note ?? '',
      };
    }),
    background: details.background,
    crewCalls: details.crewCalls,
    notes: details.notes,
    safety: details.safety,
  };
};

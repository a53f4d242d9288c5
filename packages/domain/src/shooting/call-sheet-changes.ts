import { formatEighths } from '../screenplay/format-eighths.js';
import type { CallSheet, CallSheetCast } from './call-sheet.js';

// What a revised call sheet says changed, in the words a crew member reads at the top of the revision:
// "Crew call 07:00 → 06:30", "Added scene 14", "Cast #3 (Nora) on set 09:00 → 10:30".

const changed = <T>(label: string, before: T, after: T, show: (v: T) => string): string[] =>
  before === after ? [] : [`${label} ${show(before)} → ${show(after)}`];

const time = (value: string | null): string => value ?? 'none';
const text = (value: string): string => (value.trim() === '' ? '(none)' : `“${value.trim()}”`);

const castChanges = (before: CallSheetCast, after: CallSheetCast): string[] => {
  const who = `Cast #${after.castNumber} (${after.character})`;
  return [
    ...changed(`${who} pick-up`, before.pickup, after.pickup, time),
    ...changed(`${who} hair and make-up`, before.hairMakeup, after.hairMakeup, time),
    ...changed(`${who} wardrobe`, before.wardrobe, after.wardrobe, time),
    ...changed(`${who} on set`, before.onSet, after.onSet, time),
  ];
};

/** Every difference between two versions of a day's call sheet, in reading order; empty when none. */
export const callSheetChanges = (before: CallSheet, after: CallSheet): string[] => {
  const lines: string[] = [
    ...changed('Date', before.date, after.date, String),
    ...changed('Crew call', before.generalCrewCall, after.generalCrewCall, time),
    ...changed('Shooting call', before.shootingCall, after.shootingCall, time),
    ...changed('Weather', before.weather, after.weather, text),
  ];
  const beforeLocations = before.locations.map((l) => `${l.name}, ${l.address}`);
  const afterLocations = after.locations.map((l) => `${l.name}, ${l.address}`);
  for (const l of afterLocations) if (!beforeLocations.includes(l)) lines.push(`Location: ${l}`);
  for (const l of beforeLocations) if (!afterLocations.includes(l)) lines.push(`No longer at ${l}`);

  const beforeScenes = new Set(before.scenes.map((s) => s.number));
  const afterScenes = new Set(after.scenes.map((s) => s.number));
  for (const s of after.scenes)
    if (!beforeScenes.has(s.number)) lines.push(`Added scene ${s.number}`);
  for (const s of before.scenes)
    if (!afterScenes.has(s.number)) lines.push(`Dropped scene ${s.number}`);
  lines.push(...changed('Pages', before.eighths, after.eighths, (e) => formatEighths(e)));

  const castBefore = new Map(before.cast.map((c) => [c.castNumber, c]));
  const castAfter = new Map(after.cast.map((c) => [c.castNumber, c]));
  for (const member of after.cast) {
    const previous = castBefore.get(member.castNumber);
    if (previous === undefined)
      lines.push(`Cast #${member.castNumber} (${member.character}) called, on set ${member.onSet}`);
    else lines.push(...castChanges(previous, member));
  }
  for (const member of before.cast)
    if (!castAfter.has(member.castNumber))
      lines.push(`Cast #${member.castNumber} (${member.character}) no longer called`);

  const crewKey = (c: CallSheet['crewCalls'][number]) => `${c.department}|${c.position}|${c.name}`;
  const crewBefore = new Map(before.crewCalls.map((c) => [crewKey(c), c.call]));
  for (const call of after.crewCalls) {
    const previous = crewBefore.get(crewKey(call));
    if (previous !== undefined && previous !== call.call)
      lines.push(
        `${call.position || call.department} call ${previous ?? before.generalCrewCall} → ${call.call ?? after.generalCrewCall}`,
      );
  }
  const groupKey = (g: CallSheet['background'][number]) => g.description;
  const groupsBefore = new Map(before.background.map((g) => [groupKey(g), g]));
  const groupsAfter = new Map(after.background.map((g) => [groupKey(g), g]));
  for (const group of after.background) {
    const previous = groupsBefore.get(groupKey(group));
    if (previous === undefined)
      lines.push(`Background: ${group.count} ${group.description}, call ${group.call}`);
    else
      lines.push(
        ...changed(`${group.description} count`, previous.count, group.count, String),
        ...changed(`${group.description} call`, previous.call, group.call, time),
      );
  }
  for (const group of before.background)
    if (!groupsAfter.has(groupKey(group))) lines.push(`No longer called: ${group.description}`);
  lines.push(
    ...changed('Notes', before.notes, after.notes, text),
    ...changed('Safety', before.safety, after.safety, text),
  );
  return lines;
};

/**
 * Where the schedule feeds a quantity: a global or a detail line linked to the shoot days, or to one cast
 * member's work or hold days (from the day out of days, by cast number). `scheduleFeed` proposes the new
 * quantities when the schedule changes; nothing changes until the user applies them.
 */
export type ScheduleLink =
  | { readonly kind: 'shoot-days' }
  | { readonly kind: 'cast-work-days'; readonly castNumber: number }
  | { readonly kind: 'cast-hold-days'; readonly castNumber: number };

export const describeScheduleLink = (link: ScheduleLink): string => {
  switch (link.kind) {
    case 'shoot-days':
      return 'shoot days';
    case 'cast-work-days':
      return `cast #${link.castNumber} work days`;
    case 'cast-hold-days':
      return `cast #${link.castNumber} hold days`;
  }
};

export const sameScheduleLink = (a: ScheduleLink | null, b: ScheduleLink | null): boolean => {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  return a.kind === 'shoot-days' || ('castNumber' in b && a.castNumber === b.castNumber);
};

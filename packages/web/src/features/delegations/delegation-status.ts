import type { DelegationDto } from '@greenlight/contract';
import type { PillTone } from '../../ui/pill';

export type DelegationStatus = 'active' | 'upcoming' | 'ended' | 'revoked';

/** Each status with its words and colour, in the order the table lists them. */
export const DELEGATION_STATUSES: Readonly<
  Record<DelegationStatus, { readonly label: string; readonly tone: PillTone }>
> = {
  active: { label: 'Active', tone: 'green' },
  upcoming: { label: 'Upcoming', tone: 'blue' },
  ended: { label: 'Ended', tone: 'grey' },
  revoked: { label: 'Revoked', tone: 'red' },
};

/**
 * Where a delegation stands on `today` (`YYYY-MM-DD` in the production's zone). Its first and last days are
 * inclusive, and ISO dates order as strings, so no date arithmetic is needed.
 */
export const delegationStatus = (
  delegation: Pick<DelegationDto, 'startsOn' | 'endsOn' | 'revoked'>,
  today: string,
): DelegationStatus => {
  if (delegation.revoked) return 'revoked';
  if (today < delegation.startsOn) return 'upcoming';
  if (today > delegation.endsOn) return 'ended';
  return 'active';
};

/** Only a delegation that still lends, or will, can be ended early. */
export const isRevocable = (status: DelegationStatus): boolean =>
  status === 'active' || status === 'upcoming';

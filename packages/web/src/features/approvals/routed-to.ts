import type { ApprovalRequestDto } from '@greenlight/contract';

/** "Dana Reyes", "Dana Reyes and Sam Ortiz", "Dana Reyes, Sam Ortiz and Lee Park". */
export const routedToNames = (request: Pick<ApprovalRequestDto, 'routedTo'>): string => {
  const names = request.routedTo.map((r) => r.name);
  if (names.length === 0) return 'the approvers';
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
};

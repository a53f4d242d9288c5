import type { TeamMemberDto } from '@greenlight/contract';
import { DEPARTMENT_LABELS, roleLabel } from '@greenlight/domain';

/** "Dana Reyes — Producer" or "Ari Cole — Department head (Camera)": one assignment in a list. */
export const memberLabel = (member: TeamMemberDto, isSeries: boolean): string => {
  const role = roleLabel(member.role, isSeries);
  const department = member.department ? ` (${DEPARTMENT_LABELS[member.department]})` : '';
  return `${member.person.name} — ${role}${department}`;
};

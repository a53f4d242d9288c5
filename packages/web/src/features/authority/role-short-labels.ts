import type { Role } from '@greenlight/domain';

/**
 * Column headings for the wide role tables (matrix, RACI, limits). Presentation only: the full label from
 * roleLabel() is always given alongside, as the abbreviation's title and in accessible names.
 */
export const ROLE_SHORT_LABELS: Readonly<Record<Role, string>> = {
  'executive-producer': 'EP',
  producer: 'Prod',
  'co-producer': 'Co-P',
  'senior-producer': 'Sr P',
  'associate-producer': 'Assoc P',
  'unit-production-manager': 'UPM',
  'line-producer': 'LP',
  'production-manager': 'PM',
  'production-accountant': 'Acct',
  director: 'Dir',
  'department-head': 'HoD',
  crew: 'Crew',
  cast: 'Cast',
  'financier-representative': 'Fin Rep',
};

import type { Role } from '../production/roles.js';
import type { ActionId } from './action-catalog.js';

/**
 * Which hiring action bringing someone on in a role is. Producers hire above the line; the UPM hires the line
 * producer, managers and department heads; production managers hire crew. Roles that are not hires in the
 * usual sense (a financier's representative) are managed people.
 */
export const hiringActionForRole = (role: Role): ActionId => {
  switch (role) {
    case 'executive-producer':
    case 'producer':
    case 'co-producer':
    case 'senior-producer':
    case 'associate-producer':
      return 'hiring.producer';
    case 'director':
      return 'hiring.director';
    case 'cast':
      return 'hiring.principal-cast';
    case 'unit-production-manager':
    case 'line-producer':
    case 'production-manager':
      return 'hiring.line-producer';
    case 'production-accountant':
    case 'department-head':
      return 'hiring.department-head';
    case 'crew':
      return 'hiring.crew';
    case 'financier-representative':
      return 'team.manage-people';
  }
};

import {
  DEPARTMENTS,
  ROLES,
  currencyCode,
  minorUnits,
  type Department,
  type LabourDeal,
  type LabourRate,
  type MealBreak,
  type PersonId,
  type Role,
  type TimecardApprovalStatus,
  type TimecardApprovalStepId,
  type TimecardDay,
  type TimecardDayKind,
  type TimecardSignature,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type {
  LabourDealsTable,
  TimecardDaysTable,
  TimecardSignaturesTable,
} from '../database-schema-timecards.js';
import { toCalendarDate, toInstant, toOneOf } from './row-values.js';

// Row mappers of the timecard tables (timecard-repository.ts), apart for its length.

export type StoredLabourDeal = LabourDeal & { readonly version: number };

export const STATUSES: readonly TimecardApprovalStatus[] = ['draft', 'in-approval', 'approved'];
export const STEPS: readonly TimecardApprovalStepId[] = [
  'crew-member',
  'department-head',
  'production-manager',
  'production-accountant',
];
const KINDS: readonly TimecardDayKind[] = ['work', 'travel', 'holiday', 'idle'];

const toRate = (row: Selectable<LabourDealsTable>): LabourRate => {
  const currency = currencyCode(row.currency);
  return row.rate_kind === 'daily'
    ? {
        kind: 'daily',
        currency,
        perDay: minorUnits(row.rate_minor),
        guaranteedMinutes: row.guaranteed_minutes ?? 0,
      }
    : { kind: 'hourly', currency, perHour: minorUnits(row.rate_minor) };
};

export const toDeal = (row: Selectable<LabourDealsTable>): StoredLabourDeal => ({
  personId: row.person_id as PersonId,
  agreementId: row.agreement_id,
  agreementYear: row.agreement_year,
  rate: toRate(row),
  department:
    row.department === null ? null : toOneOf<Department>(DEPARTMENTS, row.department, 'department'),
  title: row.title,
  accountNumber: row.account_number,
  version: row.version,
});

export const toDay = (row: Selectable<TimecardDaysTable>): TimecardDay => {
  const meals: MealBreak[] = [];
  if (row.meal1_out !== null && row.meal1_in !== null)
    meals.push({ out: row.meal1_out, in: row.meal1_in });
  if (row.meal2_out !== null && row.meal2_in !== null)
    meals.push({ out: row.meal2_out, in: row.meal2_in });
  return {
    date: toCalendarDate(row.work_date),
    kind: toOneOf(KINDS, row.kind, 'timecard day kind'),
    call: row.call_minute,
    meals,
    wrap: row.wrap_minute,
  };
};

export const toSignature = (row: Selectable<TimecardSignaturesTable>): TimecardSignature => ({
  step: toOneOf(STEPS, row.step, 'timecard step'),
  personId: row.person_id as PersonId,
  role: row.role === null ? null : toOneOf<Role>(ROLES, row.role, 'role'),
  at: toInstant(row.signed_at),
});

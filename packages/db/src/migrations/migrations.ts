import type { Migration } from 'kysely';
import { identityMigration } from './0001-identity.js';
import { productionsMigration } from './0002-productions.js';
import { authorityMigration } from './0003-authority.js';
import { auditLogMigration } from './0004-audit-log.js';
import { expendituresMigration } from './0005-expenditures.js';
import { scriptsMigration } from './0006-scripts.js';
import { scheduleMigration } from './0007-schedule.js';
import { calendarFeedsMigration } from './0008-calendar-feeds.js';
import { scheduleRulesMigration } from './0009-schedule-rules.js';
import { budgetsMigration } from './0010-budgets.js';
import { callSheetsMigration } from './0011-call-sheets.js';
import { costControlMigration } from './0012-cost-control.js';
import { costLedgerTotalsMigration } from './0013-cost-ledger-totals.js';
import { productionReportsMigration } from './0014-production-reports.js';
import { timecardsMigration } from './0015-timecards.js';

/**
 * Every migration, by name; Kysely runs them in name order. Append new ones, never edit or rename a released
 * one: its name is recorded in kysely_migration of every database that ran it.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-identity': identityMigration,
  '0002-productions': productionsMigration,
  '0003-authority': authorityMigration,
  '0004-audit-log': auditLogMigration,
  '0005-expenditures': expendituresMigration,
  '0006-scripts': scriptsMigration,
  '0007-schedule': scheduleMigration,
  '0008-calendar-feeds': calendarFeedsMigration,
  '0009-schedule-rules': scheduleRulesMigration,
  '0010-budgets': budgetsMigration,
  '0011-call-sheets': callSheetsMigration,
  '0012-cost-control': costControlMigration,
  '0013-cost-ledger-totals': costLedgerTotalsMigration,
  '0014-production-reports': productionReportsMigration,
  '0015-timecards': timecardsMigration,
};

import {
  calendarDate,
  currencyCode,
  DomainError,
  type CostReportBudget,
  type CostReportSnapshot,
  VENDOR_KINDS,
  type PersonId,
  type ProductionId,
  type Vendor,
  type VendorId,
} from '@greenlight/domain';
import { sql, type Selectable } from 'kysely';
import type { DbExecutor } from '../database-schema.js';
import type { VendorsTable } from '../database-schema-cost.js';
import { withConstraintErrors, type DescribeViolation } from './constraint-errors.js';
import type { CostRepository, IssuedCostReport } from './cost-repository-types.js';
import { isUuid, toInstant, toJsonText, toMinorUnits, toOneOf } from './row-values.js';

type Books = Pick<
  CostRepository,
  | 'listVendors'
  | 'getVendor'
  | 'createVendor'
  | 'updateVendor'
  | 'listEstimates'
  | 'saveEstimates'
  | 'previousReport'
  | 'listReports'
  | 'issueReport'
  | 'reportBudget'
  | 'keepReportBudget'
  | 'listOverages'
  | 'addOverage'
>;

/** The cost repository's vendors, estimates, issued reports and accepted overages (see cost-repository.ts). */
export const createCostBooks = (db: DbExecutor): Books => ({
  listVendors: async (productionId) => {
    if (!isUuid(productionId)) return [];
    const rows = await db
      .selectFrom('vendors')
      .selectAll()
      .where('production_id', '=', productionId)
      .orderBy('name')
      .execute();
    return rows.map(toVendor);
  },

  getVendor: async (productionId, id) => {
    if (!isUuid(productionId) || !isUuid(id)) return null;
    const row = await db
      .selectFrom('vendors')
      .selectAll()
      .where('production_id', '=', productionId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toVendor(row);
  },

  createVendor: (input) =>
    withConstraintErrors(async () => {
      const row = await db
        .insertInto('vendors')
        .values({
          ...(input.id === undefined ? {} : { id: input.id }),
          ...vendorRow(input),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toVendor(row);
    }, describeViolation),

  updateVendor: (vendor) =>
    withConstraintErrors(async () => {
      const row = await db
        .updateTable('vendors')
        .set({ ...vendorRow(vendor), updated_at: sql<string>`now()` })
        .where('id', '=', vendor.id)
        .where('production_id', '=', vendor.productionId)
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) throw new DomainError('not-found', 'No such vendor');
      return toVendor(row);
    }, describeViolation),

  listEstimates: async (productionId) => {
    if (!isUuid(productionId)) return [];
    const rows = await db
      .selectFrom('cost_estimates')
      .selectAll()
      .where('production_id', '=', productionId)
      .orderBy('target')
      .orderBy('key')
      .execute();
    return rows.map((row) => ({
      target: toOneOf(['account', 'item'] as const, row.target, 'estimate target'),
      key: row.key,
      amount: toMinorUnits(row.amount_minor),
      enteredBy: row.entered_by as PersonId | null,
      enteredAt: toInstant(row.entered_at),
    }));
  },

  saveEstimates: (productionId, estimates, enteredBy, at) =>
    withConstraintErrors(async () => {
      for (const estimate of estimates) {
        if (estimate.amount === null) {
          await db
            .deleteFrom('cost_estimates')
            .where('production_id', '=', productionId)
            .where('target', '=', estimate.target)
            .where('key', '=', estimate.key)
            .execute();
          continue;
        }
        await db
          .insertInto('cost_estimates')
          .values({
            production_id: productionId,
            target: estimate.target,
            key: estimate.key,
            amount_minor: estimate.amount,
            entered_by: enteredBy,
            entered_at: at,
          })
          .onConflict((oc) =>
            oc.columns(['production_id', 'target', 'key']).doUpdateSet({
              amount_minor: estimate.amount ?? 0,
              entered_by: enteredBy,
              entered_at: at,
            }),
          )
          .execute();
      }
    }, describeViolation),

  previousReport: async (productionId, asOf) => {
    if (!isUuid(productionId)) return null;
    const row = await db
      .selectFrom('cost_reports')
      .selectAll()
      .where('production_id', '=', productionId)
      .where('as_of', '<', asOf)
      .orderBy('as_of', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? null : toIssued(row);
  },

  listReports: async (productionId) => {
    if (!isUuid(productionId)) return [];
    const rows = await db
      .selectFrom('cost_reports')
      .selectAll()
      .where('production_id', '=', productionId)
      .orderBy('as_of', 'desc')
      .execute();
    return rows.map(toIssued);
  },

  issueReport: (productionId, snapshot, issuedBy, at) =>
    withConstraintErrors(async () => {
      const row = await db
        .insertInto('cost_reports')
        .values({
          production_id: productionId,
          as_of: snapshot.asOf,
          snapshot: toJsonText(snapshot),
          issued_by: issuedBy,
          issued_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toIssued(row);
    }, describeViolation),

  reportBudget: async (versionId, revision) => {
    if (!isUuid(versionId)) return null;
    const row = await db
      .selectFrom('cost_report_budgets')
      .select('budget')
      .where('version_id', '=', versionId)
      .where('revision', '=', revision)
      .executeTakeFirst();
    return row === undefined ? null : toReportBudget(row.budget);
  },

  keepReportBudget: async (versionId, revision, budget) => {
    await db
      .insertInto('cost_report_budgets')
      .values({ version_id: versionId, revision, budget: toJsonText(budget) })
      .onConflict((oc) =>
        oc
          .column('version_id')
          .doUpdateSet({ revision, budget: toJsonText(budget) })
          .where('cost_report_budgets.revision', '<', revision),
      )
      .execute();
  },

  listOverages: async (productionId) => {
    if (!isUuid(productionId)) return [];
    const rows = await db
      .selectFrom('cost_overages')
      .selectAll()
      .where('production_id', '=', productionId)
      .orderBy('approved_at')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      accountNumber: row.account_number,
      amount: toMinorUnits(row.amount_minor),
      reason: row.reason,
      requestedBy: row.requested_by as PersonId | null,
      approvedAt: toInstant(row.approved_at),
    }));
  },

  addOverage: (productionId, overage, at) =>
    withConstraintErrors(async () => {
      const row = await db
        .insertInto('cost_overages')
        .values({
          production_id: productionId,
          account_number: overage.accountNumber,
          amount_minor: overage.amount,
          reason: overage.reason,
          requested_by: overage.requestedBy,
          approved_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return {
        id: row.id,
        accountNumber: row.account_number,
        amount: toMinorUnits(row.amount_minor),
        reason: row.reason,
        requestedBy: row.requested_by as PersonId | null,
        approvedAt: toInstant(row.approved_at),
      };
    }, describeViolation),
});

const vendorRow = (vendor: Omit<Vendor, 'id'>) => ({
  production_id: vendor.productionId,
  name: vendor.name.trim(),
  kind: vendor.kind,
  tax_id: vendor.taxId,
  contact: vendor.contact,
  currency: vendor.currency,
  w9_on_file: vendor.w9OnFile ?? null,
  reportable_1099: vendor.reportable1099 ?? null,
});

const toVendor = (row: Selectable<VendorsTable>): Vendor => ({
  id: row.id as VendorId,
  productionId: row.production_id as ProductionId,
  name: row.name,
  kind: toOneOf(VENDOR_KINDS, row.kind, 'vendor kind'),
  taxId: row.tax_id,
  contact: row.contact,
  currency: currencyCode(row.currency),
  ...(row.w9_on_file === null ? {} : { w9OnFile: row.w9_on_file }),
  ...(row.reportable_1099 === null ? {} : { reportable1099: row.reportable_1099 }),
});

// Written by `keepReportBudget` from the domain's own value; checked for its shape, not recomputed.
const toReportBudget = (value: unknown): CostReportBudget => {
  const budget = value as Partial<CostReportBudget> | null;
  if (
    budget === null ||
    typeof budget.currency !== 'string' ||
    !Array.isArray(budget.accounts) ||
    !Array.isArray(budget.items) ||
    !Array.isArray(budget.exchangeRates)
  ) {
    throw new DomainError('internal', 'A kept cost report budget is not one');
  }
  return budget as CostReportBudget;
};

const toIssued = (row: {
  id: string;
  as_of: string;
  snapshot: unknown;
  issued_by: string | null;
  issued_at: string;
}): IssuedCostReport => ({
  id: row.id,
  asOf: calendarDate(row.as_of),
  snapshot: row.snapshot as CostReportSnapshot,
  issuedBy: row.issued_by as PersonId | null,
  issuedAt: toInstant(row.issued_at),
});

export const describeViolation: DescribeViolation = ({ kind, constraint }) => {
  switch (constraint) {
    case 'vendors_name_key':
      return new DomainError('conflict', 'The production already has a vendor of that name', {
        field: 'name',
      });
    case 'spending_documents_number_key':
      return new DomainError(
        'conflict',
        'The production already has a document of that kind and number (from that vendor)',
        { field: 'number' },
      );
    case 'spending_approvals_pkey':
      return new DomainError('conflict', 'This person has already signed this document');
    case 'cost_reports_as_of_key':
      return new DomainError('conflict', 'A cost report as of that day has already been issued');
    case 'spending_document_lines_pkey':
      return new DomainError('validation', 'Two lines of the document have the same id');
    default:
      return kind === 'foreign-key'
        ? new DomainError('not-found', 'No such production, person, vendor or purchase order')
        : kind === 'check'
          ? new DomainError('validation', `A value is not allowed here (${constraint ?? 'check'})`)
          : undefined;
  }
};

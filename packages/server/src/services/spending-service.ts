import type { z } from 'zod';
import type {
  SaveSpendingDocumentRequest,
  SaveVendorRequestSchema,
  SpendingDocumentDto,
  VendorDto,
} from '@greenlight/contract';
import type { Repositories, StoredSpendingDocument } from '@greenlight/db';
import {
  DomainError,
  routeSpendingApproval,
  SPENDING_DOCUMENT_KIND_LABELS,
  spendingDocumentTotal,
  spendingDocumentTransitions,
  type ActionId,
  type AuthoritySnapshot,
  type CalendarDate,
  type Production,
  type ProductionId,
  type SpendingDocumentTransition,
  type Vendor,
} from '@greenlight/domain';
import { mustFindDocument } from './apply-cost-effect.js';
import { loadSpendingContext, subjectOf, type SpendingContext } from './cost-context.js';
import { mustFind, personOf, readOnly, todayFor, type ServiceContext } from './service-context.js';
import { takeAction, type TakeActionResult } from './take-action.js';

type SaveVendorRequest = z.output<typeof SaveVendorRequestSchema>;

const toVendorDto = (v: Vendor): VendorDto => ({
  id: v.id,
  name: v.name,
  kind: v.kind,
  taxId: v.taxId,
  contact: v.contact,
  currency: v.currency,
  ...(v.w9OnFile === undefined ? {} : { w9OnFile: v.w9OnFile }),
  ...(v.reportable1099 === undefined ? {} : { reportable1099: v.reportable1099 }),
});

type Names = {
  readonly people: ReadonlyMap<string, string>;
  readonly vendors: ReadonlyMap<string, string>;
};

export const namesOf = async (repos: Repositories, productionId: ProductionId): Promise<Names> => {
  const [people, vendors] = [
    await repos.people.listByProduction(productionId),
    await repos.cost.listVendors(productionId),
  ];
  return {
    people: new Map(people.map((p) => [p.id, p.name])),
    vendors: new Map(vendors.map((v) => [v.id, v.name])),
  };
};

export const toDocumentDto = (
  stored: StoredSpendingDocument,
  names: Names,
  route: SpendingDocumentDto['route'],
): SpendingDocumentDto => {
  const d = stored.document;
  return {
    id: d.id,
    kind: d.kind,
    number: d.number,
    vendorId: d.vendorId,
    vendorName: d.vendorId === null ? null : (names.vendors.get(d.vendorId) ?? null),
    date: d.date,
    currency: d.currency,
    description: d.description,
    purchaseOrderId: d.purchaseOrderId,
    status: d.status,
    requestedBy: d.requestedBy,
    requestedByName: names.people.get(d.requestedBy) ?? '',
    amount: spendingDocumentTotal(d),
    lines: d.lines.map((l) => ({ ...l, liquidates: l.liquidates })),
    version: stored.version,
    approvals: d.approvals.map((a) => ({
      personId: a.personId,
      name: names.people.get(a.personId) ?? '',
      at: a.at,
      role: a.basis.role,
      limit: a.basis.limit,
      covers: a.covers,
    })),
    route,
    transitions: spendingDocumentTransitions(d.kind, d.status),
  };
};

export const routeOf = (
  stored: StoredSpendingDocument,
  snapshot: AuthoritySnapshot,
  context: SpendingContext,
  today: CalendarDate,
): SpendingDocumentDto['route'] => {
  if (stored.document.status !== 'submitted') return null;
  let subject;
  try {
    subject = subjectOf(stored.document, context);
  } catch (error) {
    if (error instanceof DomainError) return { state: 'no-approver', reason: error.message };
    throw error;
  }
  const route = routeSpendingApproval(snapshot, subject, stored.document.approvals, today);
  return route.state === 'pending' ? { ...route, nextApprovers: [...route.nextApprovers] } : route;
};

// Vendors

export const listVendors = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<{ vendors: VendorDto[] }> => ({
  vendors: (await readOnly(context.deps).cost.listVendors(productionId)).map(toVendorDto),
});

export const saveVendor = (
  context: ServiceContext,
  productionId: ProductionId,
  body: SaveVendorRequest,
  vendorId: string | null,
): Promise<TakeActionResult> =>
  takeAction(context, {
    productionId,
    action: 'spending.enter',
    summary: `${vendorId === null ? 'Add' : 'Change'} vendor ${body.name}`,
    buildEffect: async (repos, production) => {
      if (vendorId !== null && (await repos.cost.getVendor(production.id, vendorId)) === null) {
        throw new DomainError('not-found', 'No such vendor');
      }
      return {
        kind: 'save-vendor',
        vendorId: vendorId ?? context.deps.ids.next(),
        existing: vendorId !== null,
        vendor: { ...body, currency: body.currency ?? production.currency },
      };
    },
  });

// Documents

export const listSpendingDocuments = async (
  context: ServiceContext,
  productionId: ProductionId,
  query: {
    kind?: SpendingDocumentDto['kind'] | undefined;
    status?: SpendingDocumentDto['status'] | undefined;
  },
) => {
  const repos = readOnly(context.deps);
  const stored = await repos.cost.listStoredDocuments(productionId, {
    ...(query.status === undefined ? {} : { status: query.status }),
  });
  const names = await namesOf(repos, productionId);
  return {
    documents: stored
      .filter((s) => query.kind === undefined || s.document.kind === query.kind)
      .map((s) => {
        // The list leaves out each document's sign-offs and route (the document's own view has them).
        const { approvals: _approvals, route: _route, ...rest } = toDocumentDto(s, names, null);
        return rest;
      }),
  };
};

/** A document with its sign-offs and whom it waits on. */
export const getSpendingDocument = async (
  context: ServiceContext,
  productionId: ProductionId,
  documentId: string,
): Promise<SpendingDocumentDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  return documentView(
    repos,
    production,
    await mustFindDocument(repos, production, documentId),
    todayFor(context.deps, production),
  );
};

const documentView = async (
  repos: Repositories,
  production: Production,
  stored: StoredSpendingDocument,
  today: CalendarDate,
): Promise<SpendingDocumentDto> => {
  const snapshot = await repos.loadAuthoritySnapshot(production.id);
  const spending = await loadSpendingContext(repos, production);
  return toDocumentDto(
    stored,
    await namesOf(repos, production.id),
    snapshot === null ? null : routeOf(stored, snapshot, spending, today),
  );
};

export const saveSpendingDocument = (
  context: ServiceContext,
  productionId: ProductionId,
  body: SaveSpendingDocumentRequest,
  documentId: string | null,
): Promise<TakeActionResult> =>
  takeAction(context, {
    productionId,
    action: 'spending.enter',
    summary: `${documentId === null ? 'Enter' : 'Change'} ${SPENDING_DOCUMENT_KIND_LABELS[body.kind].toLowerCase()} ${body.number}`,
    buildEffect: async (repos, production) => {
      let version: number | null = null;
      if (documentId !== null) {
        const stored = await mustFindDocument(repos, production, documentId);
        if (stored.document.requestedBy !== personOf(context)) {
          throw new DomainError('forbidden', 'Only the requester changes their draft');
        }
        version = body.version ?? stored.version;
      }
      let currency = body.currency;
      if (currency === undefined && body.vendorId !== null) {
        currency = (await repos.cost.getVendor(production.id, body.vendorId))?.currency;
      }
      return {
        kind: 'save-spending-document',
        documentId: documentId ?? context.deps.ids.next(),
        version,
        document: {
          kind: body.kind,
          number: body.number,
          vendorId: body.vendorId,
          date: body.date,
          currency: currency ?? production.currency,
          description: body.description,
          purchaseOrderId: body.purchaseOrderId,
          lines: body.lines,
        },
        requestedBy: personOf(context),
      };
    },
  });

const TRANSITION_ACTIONS: Readonly<Partial<Record<SpendingDocumentTransition, ActionId>>> = {
  withdraw: 'spending.enter',
  pay: 'spending.pay',
  void: 'spending.void',
  close: 'spending.void',
  reopen: 'spending.void',
};

/** Withdraw (the requester), pay, void, close or reopen: through the matrix as data. */
export const transitionSpendingDocument = (
  context: ServiceContext,
  productionId: ProductionId,
  documentId: string,
  transition: 'withdraw' | 'pay' | 'void' | 'close' | 'reopen',
  version: number,
  declare: (action: ActionId) => ActionId,
): Promise<TakeActionResult> => {
  const action = declare(TRANSITION_ACTIONS[transition] ?? 'spending.void');
  return takeAction(context, {
    productionId,
    action,
    summary: `${transition} spending document`,
    details: { documentId, transition },
    buildEffect: async (repos, production) => {
      const stored = await mustFindDocument(repos, production, documentId);
      if (transition === 'withdraw' && stored.document.requestedBy !== personOf(context)) {
        throw new DomainError('forbidden', 'Only the requester withdraws a document');
      }
      return {
        kind: 'spending-transition',
        documentId,
        transition,
        version,
        by: personOf(context),
      };
    },
  });
};

import type {
  AuthorityMatrixResponse,
  DecisionDto,
  DecisionRequest,
  PerformActionRequest,
  RaciDto,
  UpdateAuthorityMatrixRequest,
} from '@greenlight/contract';
import {
  decide,
  defaultAuthorityMatrix,
  type Production,
  deriveRaci,
  DomainError,
  ROLE_INFO,
  ROLES,
  roleLabel,
  validateAuthorityMatrix,
  type ActionId,
  type AuthorityMatrix,
  type JsonValue,
  type MinorUnits,
  type ProductionId,
} from '@greenlight/domain';
import type { Repositories } from '@greenlight/db';
import { toDecisionDto } from './to-decision-dto.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import {
  mustFind,
  personOf,
  readOnly,
  todayFor,
  type ServiceContext,
  snapshotOf,
} from './service-context.js';

const decideNow = async (
  context: ServiceContext,
  productionId: ProductionId,
  action: ActionId,
  amount?: MinorUnits,
) => {
  const { deps } = context;
  const production = mustFind(await readOnly(deps).productions.get(productionId), 'production');
  const snapshot = await snapshotOf(deps.database.kysely, productionId);
  return decide(snapshot, personOf(context), action, {
    today: todayFor(deps, production),
    ...(amount === undefined ? {} : { amount }),
  });
};

export const getAuthorityMatrix = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<AuthorityMatrixResponse> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const stored = await matrixOf(repos, production);
  const [edit, limits] = await Promise.all([
    decideNow(context, productionId, 'authority.edit-matrix'),
    decideNow(context, productionId, 'authority.set-signing-limits'),
  ]);
  return {
    matrix: stored.matrix as AuthorityMatrixResponse['matrix'],
    version: stored.version,
    currency: production.currency,
    canEdit: edit.outcome === 'allow',
    canSetLimits: limits.outcome === 'allow',
  };
};

// Object keys in one order: the stored matrix comes back from jsonb, which reorders them, and the proposed one
// comes in the order the request schema writes them. Array order (who is listed first) still counts.
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)]),
  );
};

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Replaces the matrix. Changing rules or the final say is editing the matrix; changing limits is setting
 * signing limits. The change is decided under the action it needs; one that touches both needs both, so it is
 * decided under the stricter of the two (editing the matrix), after checking the caller may also set limits.
 */
export const updateAuthorityMatrix = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: UpdateAuthorityMatrixRequest,
  declare: (action: ActionId) => unknown,
): Promise<TakeActionResult> => {
  const checked = validateAuthorityMatrix(input.matrix);
  if (!checked.ok) throw checked.error;
  const proposed: AuthorityMatrix = checked.value;
  const stored = await matrixOf(
    readOnly(context.deps),
    mustFind(await readOnly(context.deps).productions.get(productionId), 'production'),
  );
  if (stored.version !== input.version) {
    throw new DomainError(
      'conflict',
      'The authority matrix changed since you loaded it; reload and make your change again',
      {
        currentVersion: stored.version,
      },
    );
  }
  const current = stored.matrix;
  const rulesChanged =
    !same(current.rules, proposed.rules) || !same(current.finalSay, proposed.finalSay);
  const limitsChanged =
    !same(current.roleLimits, proposed.roleLimits) ||
    !same(current.personLimits, proposed.personLimits);
  if (!rulesChanged && !limitsChanged)
    throw new DomainError('validation', 'The matrix is unchanged');
  if (rulesChanged && limitsChanged) {
    const limits = await decideNow(context, productionId, 'authority.set-signing-limits');
    if (limits.outcome === 'deny')
      throw new DomainError('forbidden', limits.reason, { code: limits.code });
  }
  const action: ActionId = rulesChanged ? 'authority.edit-matrix' : 'authority.set-signing-limits';
  declare(action);
  return takeAction(context, {
    productionId,
    action,
    summary: rulesChanged ? 'Change the authority matrix' : 'Change signing limits',
    buildEffect: async () => ({
      kind: 'replace-matrix',
      matrix: proposed as UpdateAuthorityMatrixRequest['matrix'],
      version: input.version,
    }),
  });
};

/** The matrix's answer for the caller, without doing anything (and without an audit line: nothing happened). */
export const dryRunDecision = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: DecisionRequest,
): Promise<DecisionDto> => {
  const { deps } = context;
  const production = mustFind(await readOnly(deps).productions.get(productionId), 'production');
  const snapshot = await snapshotOf(deps.database.kysely, productionId);
  const decision = decide(snapshot, personOf(context), input.action, {
    today: todayFor(deps, production),
    ...(input.amount === undefined ? {} : { amount: input.amount as MinorUnits }),
    ...(input.department === undefined ? {} : { department: input.department }),
  });
  return toDecisionDto(decision);
};

/** Any action of the catalog without an endpoint of its own: the decision (and its approval) is the record. */
export const performAction = (
  context: ServiceContext,
  productionId: ProductionId,
  input: PerformActionRequest,
): Promise<TakeActionResult> =>
  takeAction(context, {
    productionId,
    action: input.action,
    ...(input.amount === undefined ? {} : { amount: input.amount as MinorUnits }),
    ...(input.department === undefined ? {} : { department: input.department }),
    summary: input.summary,
    ...(input.payload === undefined ? {} : { details: input.payload as JsonValue }),
    buildEffect: async () => ({ kind: 'record-only' }),
  });

export const raci = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<RaciDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const stored = await matrixOf(repos, production);
  const chart = deriveRaci(stored.matrix);
  const isSeries = production.kind === 'series';
  return {
    roles: ROLES.map((role) => ({ role, label: roleLabel(role, isSeries) })),
    areas: chart.areas.map((a) => ({
      area: a.area,
      label: a.label,
      cells: Object.fromEntries(
        Object.entries(a.cells).map(([role, letters]) => [role, [...letters]]),
      ),
    })),
  };
};

export const rolesReference = () => ({
  roles: ROLES.map((role) => ({
    role,
    label: ROLE_INFO[role].label,
    description: ROLE_INFO[role].description,
    aboveTheLine: ROLE_INFO[role].aboveTheLine,
    defaultReportsTo: [...ROLE_INFO[role].defaultReportsTo],
  })),
});

/** The production's saved matrix, or the default for its currency (version 0) when it never saved one. */
const matrixOf = async (repos: Repositories, production: Production) =>
  (await repos.authorityMatrices.get(production.id)) ?? {
    matrix: defaultAuthorityMatrix(production.currency),
    version: 0,
  };

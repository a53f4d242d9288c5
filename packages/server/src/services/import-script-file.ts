import {
  DomainError,
  type CalendarDate,
  type JsonValue,
  type ProductionId,
  type User,
} from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import { importDraft } from './script-service.js';
import { readOnly } from './service-context.js';

export type ImportScriptFileResult =
  | { readonly outcome: 'allowed'; readonly actor: string; readonly result: JsonValue }
  | {
      readonly outcome: 'approval-requested';
      readonly actor: string;
      readonly requestId: string;
      readonly summary: string;
    };

/**
 * `greenlight script import`: imports a screenplay file into a production as a person on it (by e-mail; by
 * default the production's first executive producer, its owner). The import is the same action as through the
 * API: decided by the production's authority matrix, audited, routed for approval when that is what the matrix
 * says.
 */
export const importScriptFile = async (
  deps: ServerDeps,
  input: {
    readonly productionId: string;
    readonly fileName: string;
    readonly bytes: Uint8Array;
    readonly asEmail?: string;
    readonly revisionColour?: string;
    readonly draftDate?: CalendarDate;
  },
): Promise<ImportScriptFileResult> => {
  const repos = readOnly(deps);
  const production = await repos.productions.get(input.productionId as ProductionId);
  if (production === null) {
    throw new DomainError('not-found', `There is no production ${input.productionId}`);
  }
  const user = await actingUser(deps, production.id, input.asEmail);
  const context = { deps, actor: { user, sessionId: 'cli', csrfToken: 'cli' } };
  const result = await importDraft(context, production.id, {
    fileName: input.fileName,
    content: Buffer.from(input.bytes).toString('base64'),
    ...(input.revisionColour === undefined ? {} : { revisionColour: input.revisionColour }),
    ...(input.draftDate === undefined ? {} : { draftDate: input.draftDate }),
  });
  return result.outcome === 'allowed'
    ? { outcome: 'allowed', actor: user.email, result: result.result }
    : {
        outcome: 'approval-requested',
        actor: user.email,
        requestId: result.request.id,
        summary: result.request.summary,
      };
};

const actingUser = async (
  deps: ServerDeps,
  productionId: ProductionId,
  email: string | undefined,
): Promise<User> => {
  const repos = readOnly(deps);
  if (email !== undefined) {
    const found = await repos.users.findByEmail(email);
    if (found === null) throw new DomainError('not-found', `There is no user ${email}`);
    return found.user;
  }
  const assignments = await repos.assignments.listByProduction(productionId);
  const owner = assignments.find((a) => a.role === 'executive-producer');
  const user = owner ? await repos.users.findByPersonId(owner.personId) : null;
  if (!user) {
    throw new DomainError(
      'validation',
      'Say who is importing with --as EMAIL: the production has no executive producer who can sign in',
    );
  }
  return user;
};

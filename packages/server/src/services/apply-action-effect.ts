import {
  calendarDate,
  defaultAuthorityMatrix,
  minorUnits,
  type DelegationId,
  type Instant,
  defaultReportsTo,
  DomainError,
  validateAuthorityMatrix,
  validateReportingLine,
  type AssignmentId,
  type ExpenditureId,
  type JsonValue,
  type PersonId,
  type Production,
} from '@greenlight/domain';
import type { Repositories } from '@greenlight/db';
import type { ActionEffect } from './action-effect.js';
import { applyBudgetEffect } from './apply-budget-effect.js';
import { applyCallSheetEffect } from './apply-call-sheet-effect.js';
import { applyCostEffect } from './apply-cost-effect.js';
import { applyFinancingEffect } from './apply-financing-effect.js';
import { applyProductionReportEffect } from './apply-production-report-effect.js';
import { checkGreenlight } from './apply-greenlight-effect.js';
import { applyScheduleEffect } from './apply-schedule-effect.js';
import { applyScriptEffect } from './apply-script-effect.js';
import { applyTimecardEffect } from './apply-timecard-effect.js';

/** Carries out an allowed action. Throws a conflict when the world moved on since it was requested. */
export const applyActionEffect = async (
  repos: Repositories,
  production: Production,
  effect: ActionEffect,
  now: Instant,
): Promise<JsonValue> => {
  switch (effect.kind) {
    case 'record-only':
      return null;
    case 'commit-expenditure': {
      const updated = await repos.expenditures.updateStatus(
        effect.expenditureId as ExpenditureId,
        'committed',
      );
      return { expenditureId: updated.id, status: updated.status };
    }
    case 'update-production': {
      const updated = await repos.productions.update(production.id, definedOnly(effect.changes));
      return { title: updated.title };
    }
    case 'change-stage': {
      if (production.stage !== effect.from) {
        throw new DomainError(
          'conflict',
          `The production is in ${production.stage} now, not ${effect.from}; ask again from the current stage`,
        );
      }
      await checkGreenlight(repos, production, effect, now);
      const moved = await repos.productions.setStage(production.id, effect.to);
      return { stage: moved.stage };
    }
    case 'add-team-member': {
      const person =
        effect.personId !== null
          ? await repos.people.get(effect.personId as PersonId)
          : ((effect.email ? await repos.people.findByEmail(effect.email) : null) ??
            (await repos.people.create({ name: effect.name ?? 'Unnamed', email: effect.email })));
      if (!person) throw new DomainError('not-found', 'No such person');
      const existing = await repos.assignments.listByProduction(production.id);
      const draft = {
        id: 'pending' as AssignmentId,
        productionId: production.id,
        personId: person.id,
        role: effect.role,
        department: effect.department,
        reportsTo: null,
      };
      const assignment = await repos.assignments.create({
        productionId: production.id,
        personId: person.id,
        role: effect.role,
        department: effect.department,
        reportsTo: defaultReportsTo(existing, draft),
      });
      return { assignmentId: assignment.id, personId: person.id };
    }
    case 'create-delegation': {
      const delegation = await repos.delegations.create({
        id: effect.id as DelegationId,
        productionId: production.id,
        fromPersonId: effect.fromPersonId as PersonId,
        toPersonId: effect.toPersonId as PersonId,
        actions: effect.actions,
        startsOn: calendarDate(effect.startsOn),
        endsOn: calendarDate(effect.endsOn),
        limit: effect.limit === null ? null : minorUnits(effect.limit),
      });
      return { delegationId: delegation.id };
    }
    case 'revoke-delegation': {
      const revoked = await repos.delegations.revoke(effect.delegationId as DelegationId, now);
      return { delegationId: revoked.id, revoked: revoked.revoked };
    }
    case 'set-reports-to': {
      // Re-checked at apply time: the chart may have changed while the request waited.
      const assignments = await repos.assignments.listByProduction(production.id);
      const checked = validateReportingLine(
        assignments,
        effect.assignmentId as AssignmentId,
        effect.reportsTo as AssignmentId | null,
      );
      if (!checked.ok) throw checked.error;
      const updated = await repos.assignments.setReportsTo(
        checked.value.id,
        checked.value.reportsTo,
      );
      return { assignmentId: updated.id, reportsTo: updated.reportsTo };
    }
    case 'replace-matrix': {
      const checked = validateAuthorityMatrix(effect.matrix);
      if (!checked.ok) throw checked.error;
      const saved = await repos.authorityMatrices.save(production.id, checked.value, {
        expectedVersion: effect.version,
      });
      return { version: saved.version };
    }
    case 'import-script-draft':
    case 'tag-elements':
    case 'remove-tag':
    case 'resolve-tag-review':
    case 'update-element':
    case 'number-cast':
    case 'set-shooting-location':
      return applyScriptEffect(repos, production, effect, now);
    case 'save-schedule-settings':
    case 'set-cast-details':
    case 'create-board':
    case 'update-board':
      return applyScheduleEffect(repos, production, effect, now);
    case 'create-budget':
    case 'import-budget':
    case 'edit-budget-lines':
    case 'save-budget-setup':
    case 'budget-transition':
    case 'start-budget-revision':
    case 'apply-budget-schedule-feed':
      return applyBudgetEffect(repos, production, effect, now);
    case 'create-financing-source':
    case 'update-financing-source':
    case 'move-financing-source':
    case 'save-planned-spending':
      return applyFinancingEffect(repos, production, effect, now);
    case 'save-call-sheet':
    case 'publish-call-sheet':
      return applyCallSheetEffect(repos, production, effect, now);
    case 'save-production-report':
    case 'production-report-step':
      return applyProductionReportEffect(repos, production, effect, now);
    case 'save-vendor':
    case 'save-spending-document':
    case 'spending-transition':
    case 'save-cost-estimates':
    case 'issue-cost-report':
    case 'record-overage':
      return applyCostEffect(repos, production, effect, now);
    case 'save-labour-deal':
    case 'save-timecard':
    case 'sign-timecard':
    case 'return-timecard':
      return applyTimecardEffect(repos, production, effect, now);
  }
};

/** Undoes the placeholder an effect left while its request was pending (a pending expenditure). */
export const settleRefusedEffect = async (
  repos: Repositories,
  effect: ActionEffect,
  outcome: 'rejected' | 'withdrawn',
): Promise<void> => {
  if (effect.kind === 'commit-expenditure') {
    await repos.expenditures.updateStatus(effect.expenditureId as ExpenditureId, outcome);
  }
};

/** The matrix a new production starts with. */
export const initialMatrixFor = (production: Production) =>
  defaultAuthorityMatrix(production.currency);

/** Drops keys whose value is undefined: "not given" in a patch, never "set to nothing". */
const definedOnly = <T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

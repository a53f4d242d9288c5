import type { ActionId } from '../authority/action-catalog.js';
import { decide } from '../authority/decide.js';
import type { Decision } from '../authority/decision.js';
import type { Department } from '../production/departments.js';
import type { PersonId } from '../shared/ids.js';
import type { Scenario } from './scenario-builder.js';

/** `decide` in a scenario on its day, with the amount in whole currency units: `decideIn(s, p, a, { amount: 500 })`. */
export const decideIn = (
  s: Scenario,
  personId: PersonId,
  action: ActionId,
  options: { readonly amount?: number; readonly department?: Department } = {},
): Decision =>
  decide(s.snapshot, personId, action, {
    today: s.today,
    ...(options.amount !== undefined ? { amount: s.money(options.amount) } : {}),
    ...(options.department !== undefined ? { department: options.department } : {}),
  });

/** The words of a decision: its rule when allowed, its reason otherwise. */
export const decisionWords = (decision: Decision): string =>
  decision.outcome === 'allow' ? decision.rule : decision.reason;

import type { DecisionDto } from '@greenlight/contract';
import type { Decision } from '@greenlight/domain';

/** A decision as the API answers it: the domain's facts, without the engine's internal basis. */
export const toDecisionDto = (decision: Decision): DecisionDto => {
  switch (decision.outcome) {
    case 'allow':
      return { outcome: 'allow', action: decision.action, rule: decision.rule };
    case 'deny':
      return {
        outcome: 'deny',
        action: decision.action,
        code: decision.code,
        reason: decision.reason,
      };
    case 'requires-approval':
      return {
        outcome: 'requires-approval',
        action: decision.action,
        reason: decision.reason,
        rule: decision.rule,
        approvers: [...decision.approvers],
      };
  }
};

import { PRODUCING_ROLES, ROLES, type Role } from '../production/roles.js';
import {
  ACTION_AREA_LABELS,
  ACTION_AREAS,
  DECISION_AREAS,
  type ActionArea,
  type DecisionArea,
} from './action-areas.js';
import { ACTION_CATALOG } from './action-catalog.js';
import type { AuthorityMatrix } from './authority-matrix.js';

/** Responsible (does it), Accountable (has the last word), Consulted (asks for it), Informed (kept in the loop). */
export type RaciLetter = 'R' | 'A' | 'C' | 'I';

export type RaciArea = {
  readonly area: ActionArea;
  readonly label: string;
  /** The decision area most of the area's actions fall in; its final-say role is accountable. */
  readonly decisionArea: DecisionArea;
  /** Letters per role in R, A, C, I order; empty when the role has no part in the area. */
  readonly cells: Readonly<Record<Role, readonly RaciLetter[]>>;
};

export type RaciChart = { readonly areas: readonly RaciArea[] };

// The producing team is kept informed of every area even where they hold no part of it.
const PRODUCING_TEAM: ReadonlySet<Role> = new Set<Role>([
  ...PRODUCING_ROLES,
  'financier-representative',
]);

const dominantDecisionArea = (areas: readonly DecisionArea[]): DecisionArea => {
  // Ties go to the earlier decision area in DECISION_AREAS, so the chart is stable.
  let best: DecisionArea = areas[0] ?? 'operational';
  let bestCount = 0;
  for (const candidate of DECISION_AREAS) {
    const count = areas.filter((a) => a === candidate).length;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
};

/** A RACI chart derived from the matrix, one row per action area: plain data, ready to serialise. */
export const deriveRaci = (matrix: AuthorityMatrix): RaciChart => ({
  areas: ACTION_AREAS.map((area) => {
    const actions = ACTION_CATALOG.filter((a) => a.area === area);
    const decisionArea = dominantDecisionArea(actions.map((a) => a.decisionArea));
    // Reading is nobody's responsibility, and deciding approval requests is derived from the other rules (who
    // may decide a request is who holds that action), so neither gives anyone a letter of its own.
    const acting = actions
      .filter((a) => !a.readOnly && a.id !== 'approvals.decide')
      .map((a) => matrix.rules[a.id]);
    const responsible = new Set<Role>(acting.flatMap((r) => [...r.perform, ...r.approve]));
    const accountable = new Set<Role>([
      matrix.finalSay[decisionArea],
      ...acting.flatMap((r) => r.approve),
    ]);
    const consulted = new Set<Role>(acting.flatMap((r) => r.request));
    const cells = {} as Record<Role, RaciLetter[]>;
    for (const role of ROLES) {
      const letters: RaciLetter[] = [];
      if (responsible.has(role)) letters.push('R');
      if (accountable.has(role)) letters.push('A');
      if (consulted.has(role)) letters.push('C');
      if (letters.length === 0 && PRODUCING_TEAM.has(role)) letters.push('I');
      cells[role] = letters;
    }
    return { area, label: ACTION_AREA_LABELS[area], decisionArea, cells };
  }),
});

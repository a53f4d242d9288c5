/**
 * The optimizer's ranking, lexicographic: fewer broken rules, then less money, then fewer hold days
 * (the same money with fewer people waiting, as `improvesOn` prefers). Negative when `a` is better.
 */
export const compareAssessments = (
  a: { readonly violations: number; readonly cost: number; readonly holdDays: number },
  b: { readonly violations: number; readonly cost: number; readonly holdDays: number },
): number => a.violations - b.violations || a.cost - b.cost || a.holdDays - b.holdDays;

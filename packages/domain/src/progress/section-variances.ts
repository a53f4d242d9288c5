import type { CostReport } from '../cost/cost-report.js';
import type { SectionVariance } from './progress-report.js';

/**
 * The variance of each part of the top sheet: the four sections (in top-sheet order, empty ones too, so the
 * chart always has the same bars), the accounts not in the budget when there are any, and each percentage
 * item. Every minor unit of the grand total is in exactly one bar, so the bars add up to its variance.
 */
export const sectionVariances = (report: CostReport): SectionVariance[] => {
  const bars: SectionVariance[] = report.sections.map((s) => ({
    key: s.section,
    label: s.label,
    budget: s.totals.budget,
    estimatedFinalCost: s.totals.estimatedFinalCost,
    variance: s.totals.variance,
  }));
  if (report.unbudgeted.rows.length > 0) {
    const t = report.unbudgeted.totals;
    bars.push({
      key: 'unbudgeted',
      label: 'Not in the budget',
      budget: t.budget,
      estimatedFinalCost: t.estimatedFinalCost,
      variance: t.variance,
    });
  }
  for (const item of report.items) {
    bars.push({
      key: `item:${item.id}`,
      label: item.name,
      budget: item.budget,
      estimatedFinalCost: item.estimatedFinalCost,
      variance: item.variance,
    });
  }
  return bars;
};

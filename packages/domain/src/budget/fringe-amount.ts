import type { BudgetUnit } from './budget-unit.js';
import type { Fringe } from './fringe.js';
import { QUANTITY_SCALE, type Quantity } from './quantity.js';
import { multiply3DivideRoundHalfEven, percentageOf } from './rounding.js';

const THOUSANDTHS_SQUARED = QUANTITY_SCALE * QUANTITY_SCALE;

/**
 * The part of a line total a percentage fringe applies to: what lies between the threshold and the cap,
 * on the absolute value (a credit mirrors its charge).
 */
export function fringeableAmount(
  lineTotal: number,
  cap: number | null,
  threshold: number | null,
): number {
  const abs = Math.abs(lineTotal);
  const upper = cap === null ? abs : Math.min(abs, cap);
  const lower = threshold === null ? 0 : Math.min(abs, threshold);
  return Math.max(0, upper - lower);
}

/**
 * One fringe on one line, in the budget currency, rounded once (rounding place `fringe`). Null when a
 * flat fringe is counted in another unit than the line, or the amount is not a safe integer. Plain
 * arguments rather than an object: this runs for every fringe of every line.
 */
export function fringeAmount(
  fringe: Fringe,
  lineTotal: number,
  quantity: Quantity,
  multiplier: Quantity,
  unit: BudgetUnit,
): number | null {
  if (fringe.kind === 'percentage') {
    const base = fringeableAmount(lineTotal, fringe.cap, fringe.threshold);
    const amount = percentageOf(base, fringe.rateBp);
    if (amount === null) return null;
    return lineTotal < 0 && amount !== 0 ? -amount : amount;
  }
  if (fringe.unit !== unit) return null;
  return multiply3DivideRoundHalfEven(quantity, multiplier, fringe.amount, THOUSANDTHS_SQUARED);
}

import type { LabourAgreement, PayStep } from './labour-agreement.js';

const isWhole = (value: number, least = 0): boolean =>
  Number.isSafeInteger(value) && value >= least;

const ladderProblems = (name: string, steps: readonly PayStep[]): string[] => {
  const problems: string[] = [];
  if (steps[0]?.afterMinutes !== 0) problems.push(`The ${name} ladder must start at 0 minutes`);
  steps.forEach((step, index) => {
    const before = steps[index - 1];
    if (!isWhole(step.multiplier, 1)) {
      problems.push(`The ${name} ladder's multipliers must be positive thousandths`);
    }
    if (before !== undefined && step.afterMinutes <= before.afterMinutes) {
      problems.push(`The ${name} ladder's steps must start later and later`);
    }
    // Pay that never decreases as the day lengthens relies on this.
    if (before !== undefined && step.multiplier < before.multiplier) {
      problems.push(`The ${name} ladder's multipliers must never go down`);
    }
  });
  // One line per problem, however many steps share it.
  return [...new Set(problems)];
};

/**
 * What is wrong with an agreement, in words (empty when it can be used). Agreements are data a production
 * may edit, so the engine checks the shape it relies on rather than trusting it.
 */
export const labourAgreementProblems = (agreement: LabourAgreement): string[] => {
  const problems = [
    ...ladderProblems('daily', agreement.daily),
    ...(agreement.sixthDay ? ladderProblems('sixth-day', agreement.sixthDay.steps) : []),
    ...(agreement.seventhDay ? ladderProblems('seventh-day', agreement.seventhDay.steps) : []),
  ];
  const unit = agreement.rounding.unitMinutes;
  if (!isWhole(unit, 1) || unit > 60) {
    problems.push('Time is rounded to a unit of 1 to 60 minutes');
  }
  if (agreement.weeklyOvertime && !isWhole(agreement.weeklyOvertime.afterMinutes, 1)) {
    problems.push('Weekly overtime starts after a positive number of minutes');
  }
  const meals = agreement.meals;
  if (meals) {
    if (!isWhole(meals.firstDueMinutes, 1) || !isWhole(meals.nextDueMinutes, 1)) {
      problems.push('Meals fall due a positive number of minutes after call');
    }
    if (!isWhole(meals.graceMinutes) || !isWhole(meals.minimumMinutes)) {
      problems.push('Meal grace and minimum length are whole minutes');
    }
    if (meals.maximumDeductibleMinutes < meals.minimumMinutes) {
      problems.push('The most of a meal deducted is at least its minimum length');
    }
    const penalty = meals.penalty;
    if (
      penalty.kind === 'ladder' &&
      (penalty.amounts.length === 0 || !isWhole(penalty.unitMinutes, 1))
    ) {
      problems.push('A meal-penalty ladder needs a unit and at least one amount');
    }
    if (penalty.kind === 'ladder' && penalty.amounts.some((a) => !isWhole(a))) {
      problems.push('Meal-penalty amounts are whole minor units, zero or more');
    }
    if (penalty.kind === 'pay' && (!isWhole(penalty.minutes) || !isWhole(penalty.multiplier))) {
      problems.push('A meal penalty paid as time needs whole minutes and a multiplier');
    }
  }
  if (agreement.restPeriod && !isWhole(agreement.restPeriod.minimumMinutes, 1)) {
    problems.push('A rest period is a positive number of minutes');
  }
  if (agreement.minimumCall && !isWhole(agreement.minimumCall.minutes, 1)) {
    problems.push('A minimum call is a positive number of minutes');
  }
  if (!isWhole(agreement.dayMinutes.minutes, 1))
    problems.push("A day's work is a positive number of minutes");
  return problems;
};

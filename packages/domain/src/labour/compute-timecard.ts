import { allocateLargestRemainder } from '../budget/allocate-largest-remainder.js';
import { QUANTITY_SCALE, type Quantity } from '../budget/quantity.js';
import { formatMinutes } from '../schedule/board/format-minutes.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import { formatMoney, minorUnits, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { roundMinutes, dayWorkedTime, type DayWorkedTime } from './day-worked-time.js';
import { dayPay, displayHourlyRate, exactRate, timePay, type ExactRate } from './exact-rate.js';
import type { AgreementClause, LabourAgreement, PayStep } from './labour-agreement.js';
import { mealPenaltyLines } from './meal-penalty-lines.js';
import type { PayLine, PayLineKind } from './pay-line.js';
import { payRule } from './pay-rule.js';
import type { LabourRate, PreviousWrap, TimecardDay, TimecardDayKind } from './timecard-day.js';
import { labourAgreementProblems } from './validate-labour-agreement.js';
import { timecardWeekProblem } from './validate-timecard-week.js';
import { dayNumber } from './day-number.js';
import { workweekStart } from './workweek-start.js';

const MINUTES_PER_DAY = 1440;

export type TimecardFindingCode = 'short-rest' | 'over-maximum-day';

/** Something a reviewer should see that is not (only) a pay line. */
export type TimecardFinding = {
  readonly date: CalendarDate;
  readonly code: TimecardFindingCode;
  readonly message: string;
};

export type ComputedTimecardDay = {
  readonly date: CalendarDate;
  readonly kind: TimecardDayKind;
  /** Which day worked in the workweek this is (1 to 7; work and travel days count); null otherwise. */
  readonly dayWorked: number | null;
  readonly elapsedMinutes: number;
  readonly mealMinutes: number;
  readonly workedMinutes: number;
  readonly paidMinutes: number;
  /** Wrap before to this call, when the wrap before is known. */
  readonly restMinutes: number | null;
  readonly lines: readonly PayLine[];
  readonly amount: MinorUnits;
};

/** One person's workweek, worked out: every day, every pay line with its rule, and the totals. */
export type ComputedTimecard = {
  readonly agreementId: string;
  readonly weekStart: CalendarDate;
  readonly currency: CurrencyCode;
  readonly days: readonly ComputedTimecardDay[];
  /** Every day's lines, in date order. */
  readonly lines: readonly PayLine[];
  readonly workedMinutes: number;
  readonly paidMinutes: number;
  /** The exact sum of the lines' amounts (each line rounded once; the sum is not rounded again). */
  readonly amount: MinorUnits;
  /** The last wrap of the week, to carry into next week's turnaround. */
  readonly lastWrap: PreviousWrap | null;
  readonly findings: readonly TimecardFinding[];
};

export type ComputeTimecardOptions = {
  /** The last wrap before this week (last week's `lastWrap`); without it the first day's rest is unknown. */
  readonly previousWrap?: PreviousWrap | null;
};

/** A stretch of paid time on one day, before its amount is worked out. */
type Segment = {
  kind: PayLineKind;
  minutes: number;
  readonly multiplier: Quantity;
  readonly clause: AgreementClause;
};

type DayPlan = {
  readonly day: TimecardDay;
  readonly time: DayWorkedTime;
  readonly dayWorked: number | null;
  /** Worked time through the ladder, in the order it was worked (weekly overtime inserted after straight). */
  readonly segments: Segment[];
  readonly extras: Segment[];
  readonly flat: PayLine[];
};

// Agreements are immutable data, often shared by every card of a production: check each once.
const checked = new WeakMap<LabourAgreement, readonly string[]>();
const problemsOf = (agreement: LabourAgreement): readonly string[] => {
  let problems = checked.get(agreement);
  if (problems === undefined) {
    problems = labourAgreementProblems(agreement);
    checked.set(agreement, problems);
  }
  return problems;
};

const ladderFor = (agreement: LabourAgreement, dayWorked: number): readonly PayStep[] => {
  if (dayWorked === 7 && agreement.seventhDay !== null) return agreement.seventhDay.steps;
  if (dayWorked === 6 && agreement.sixthDay !== null) return agreement.sixthDay.steps;
  return agreement.daily;
};

/** The time from `from` to `to` cut at the ladder's steps, one segment per step it touches. */
const ladderSegments = (steps: readonly PayStep[], from: number, to: number): Segment[] => {
  const segments: Segment[] = [];
  steps.forEach((step, index) => {
    const end = steps[index + 1]?.afterMinutes ?? Infinity;
    const minutes = Math.min(to, end) - Math.max(from, step.afterMinutes);
    if (minutes > 0) {
      segments.push({ kind: step.kind, minutes, multiplier: step.multiplier, clause: step.clause });
    }
  });
  return segments;
};

/**
 * Weekly overtime on straight time only: minutes already paid at a premium (daily overtime, a sixth or
 * seventh day) never count towards the weekly threshold and are never paid twice. Walking the week in date
 * order, the straight minutes past the threshold become weekly overtime: the last straight minutes of the
 * day that crosses it, then all straight minutes after.
 */
const applyWeeklyOvertime = (agreement: LabourAgreement, plans: readonly DayPlan[]): void => {
  const weekly = agreement.weeklyOvertime;
  if (weekly === null) return;
  let straightSoFar = 0;
  for (const plan of plans) {
    const index = plan.segments.findIndex((s) => s.kind === 'straight');
    const straight = plan.segments[index];
    if (straight === undefined) continue;
    const over = Math.min(straight.minutes, straightSoFar + straight.minutes - weekly.afterMinutes);
    straightSoFar += straight.minutes;
    if (over <= 0) continue;
    straight.minutes -= over;
    plan.segments.splice(index + 1, 0, {
      kind: 'weekly-overtime',
      minutes: over,
      multiplier: weekly.multiplier,
      clause: weekly.clause,
    });
  }
};

const guaranteeClause = (rate: LabourRate): AgreementClause => ({
  id: 'rate-guarantee',
  words: `The day rate guarantees ${formatMinutes(rate.kind === 'daily' ? rate.guaranteedMinutes : 0)}`,
  source: "The person's deal (their rate)",
});

const lastMultiplier = (segments: readonly Segment[], steps: readonly PayStep[]): number => {
  const worked = segments.filter((s) => s.minutes > 0);
  return worked[worked.length - 1]?.multiplier ?? steps[0]?.multiplier ?? QUANTITY_SCALE;
};

const restLines = (
  agreement: LabourAgreement,
  plan: DayPlan,
  rest: number,
  previous: PreviousWrap,
  exact: ExactRate,
  dayAmount: MinorUnits,
): PayLine[] => {
  const rule = agreement.restPeriod;
  if (rule === null || rest >= rule.minimumMinutes) return [];
  const shortBy = rule.minimumMinutes - rest;
  const invaded = Math.min(roundMinutes(shortBy, agreement.rounding), plan.time.paidMinutes);
  const base = {
    date: plan.day.date,
    ratePerHour: displayHourlyRate(exact),
    rule: payRule(agreement, rule.clause),
  };
  const what = `Rest ${formatMinutes(rest)} of ${formatMinutes(rule.minimumMinutes)}`;
  const penalty = rule.penalty;
  if (penalty.kind === 'forced-call') {
    const amount = minorUnits(Math.min(dayAmount, penalty.cap));
    return [
      {
        ...base,
        kind: 'forced-call',
        minutes: shortBy,
        multiplier: null,
        amount,
        note: `${what}: a day's pay (${formatMoney(dayAmount, agreement.currency)}) or ${formatMoney(penalty.cap, agreement.currency)}, whichever is less`,
      },
    ];
  }
  // The invaded minutes are the first of the day, already paid at the day's first step.
  const firstStep = plan.segments[0]?.multiplier ?? QUANTITY_SCALE;
  const multiplier =
    penalty.kind === 'invaded-time'
      ? penalty.multiplier
      : ((previous.multiplier - firstStep) as Quantity);
  if (invaded <= 0 || multiplier <= 0) return [];
  return [
    {
      ...base,
      kind: 'rest-violation',
      minutes: invaded,
      multiplier,
      amount: timePay(exact, invaded, multiplier),
      note:
        penalty.kind === 'invaded-time'
          ? `${what}: ${formatMinutes(invaded)} invaded`
          : `${what}: ${formatMinutes(invaded)} invaded, paid at the previous wrap's rate on top of the day's`,
    },
  ];
};

const timeLine = (
  agreement: LabourAgreement,
  date: CalendarDate,
  segment: Segment,
  exact: ExactRate,
): PayLine => ({
  date,
  kind: segment.kind,
  minutes: segment.minutes,
  ratePerHour: displayHourlyRate(exact),
  multiplier: segment.multiplier,
  amount: timePay(exact, segment.minutes, segment.multiplier),
  rule: payRule(agreement, segment.clause),
  note: '',
});

/**
 * The minimum call's lines: the guaranteed minutes through the ladder cost one amount, rounded once, and
 * the minimum-call lines are that amount less the worked lines, split over them by largest remainder. So a
 * short day on a "$500/10" deal totals exactly $500, and a longer day never totals less than a shorter one.
 */
const minimumCallLines = (
  agreement: LabourAgreement,
  date: CalendarDate,
  extras: readonly Segment[],
  workedLines: readonly PayLine[],
  exact: ExactRate,
): PayLine[] => {
  if (extras.length === 0) return [];
  const weights = extras.map((s) => s.minutes * s.multiplier);
  let weighted = weights.reduce((sum, w) => sum + w, 0);
  for (const line of workedLines) weighted += line.minutes * (line.multiplier ?? 0);
  const guaranteed = timePay(exact, weighted, 1);
  const paid = workedLines.reduce((sum, line) => sum + line.amount, 0);
  const parts = allocateLargestRemainder(Math.max(0, guaranteed - paid), weights);
  return extras.map((segment, index) => ({
    ...timeLine(agreement, date, segment, exact),
    amount: minorUnits(parts[index] ?? 0),
  }));
};

const unworkedDayLines = (
  agreement: LabourAgreement,
  day: TimecardDay,
  rate: LabourRate,
  exact: ExactRate,
): PayLine[] => {
  const one = QUANTITY_SCALE as Quantity;
  if (day.kind === 'holiday') {
    const holiday = agreement.paidHoliday;
    if (holiday === null) return [];
    const segment = {
      kind: 'holiday' as const,
      minutes: holiday.minutes,
      multiplier: one,
      clause: holiday.clause,
    };
    return [timeLine(agreement, day.date, segment, exact)];
  }
  // An idle day: held on payroll, a day's pay at straight time.
  if (rate.kind === 'daily') {
    return [
      {
        date: day.date,
        kind: 'idle-day',
        minutes: rate.guaranteedMinutes,
        ratePerHour: displayHourlyRate(exact),
        multiplier: null,
        amount: rate.perDay,
        rule: payRule(agreement, guaranteeClause(rate)),
        note: 'Held on payroll: the day rate',
      },
    ];
  }
  const segment = {
    kind: 'idle-day' as const,
    minutes: agreement.dayMinutes.minutes,
    multiplier: one,
    clause: agreement.dayMinutes.clause,
  };
  return [
    { ...timeLine(agreement, day.date, segment, exact), note: "Held on payroll: a day's pay" },
  ];
};

const sumAmounts = (lines: readonly PayLine[]): MinorUnits =>
  minorUnits(lines.reduce((sum, line) => sum + line.amount, 0));

/**
 * Works out one person's workweek under an agreement: each day's worked time (call to wrap less meals,
 * rounded per the agreement), the day's ladder (the sixth or seventh day worked has its own when the
 * agreement says so), the minimum call, weekly overtime on straight time, meal penalties and turnaround.
 * Every pay line names the agreement clause that produced it; every amount is rounded once.
 */
export const computeTimecard = (
  agreement: LabourAgreement,
  days: readonly TimecardDay[],
  rate: LabourRate,
  options: ComputeTimecardOptions = {},
): Result<ComputedTimecard> => {
  const problems = problemsOf(agreement);
  if (problems.length > 0) {
    return err(
      new DomainError('validation', `${agreement.name} cannot be used: ${problems.join('; ')}`, {
        problems,
      }),
    );
  }
  const previousWrap = options.previousWrap ?? null;
  const invalid = timecardWeekProblem(agreement, days, rate, previousWrap);
  if (invalid !== null) return err(invalid);

  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const exact = exactRate(agreement, rate);
  const minimum = Math.max(
    agreement.minimumCall?.minutes ?? 0,
    rate.kind === 'daily' ? rate.guaranteedMinutes : 0,
  );
  const minimumClause =
    agreement.minimumCall !== null &&
    (rate.kind !== 'daily' || agreement.minimumCall.minutes >= rate.guaranteedMinutes)
      ? agreement.minimumCall.clause
      : guaranteeClause(rate);

  let worked = 0;
  const plans: DayPlan[] = sorted.map((day) => {
    const time = dayWorkedTime(agreement, day);
    if (day.kind !== 'work' && day.kind !== 'travel') {
      return {
        day,
        time,
        dayWorked: null,
        segments: [],
        extras: [],
        flat: unworkedDayLines(agreement, day, rate, exact),
      };
    }
    worked += 1;
    const steps = ladderFor(agreement, worked);
    const segments = ladderSegments(steps, 0, time.paidMinutes);
    const extras =
      time.paidMinutes < minimum
        ? ladderSegments(steps, time.paidMinutes, minimum).map((s) => ({
            ...s,
            kind: 'minimum-call' as const,
            clause: minimumClause,
          }))
        : [];
    return { day, time, dayWorked: worked, segments, extras, flat: [] };
  });
  applyWeeklyOvertime(agreement, plans);

  const findings: TimecardFinding[] = [];
  let previous = previousWrap;
  const computedDays = plans.map((plan): ComputedTimecardDay => {
    const { day, time } = plan;
    const workedLines = plan.segments
      .filter((s) => s.minutes > 0)
      .map((s) => timeLine(agreement, day.date, s, exact));
    const lines: PayLine[] = [
      ...workedLines,
      ...minimumCallLines(agreement, day.date, plan.extras, workedLines, exact),
      ...plan.flat,
      ...mealPenaltyLines(agreement, day, exact),
    ];
    let restMinutes: number | null = null;
    if (day.call !== null && day.wrap !== null) {
      if (previous !== null) {
        restMinutes =
          (dayNumber(day.date) - dayNumber(previous.date)) * MINUTES_PER_DAY +
          day.call -
          previous.wrap;
        lines.push(
          ...restLines(
            agreement,
            plan,
            restMinutes,
            previous,
            exact,
            dayPay(agreement, rate, exact),
          ),
        );
        const rule = agreement.restPeriod;
        if (rule !== null && restMinutes < rule.minimumMinutes) {
          findings.push({
            date: day.date,
            code: 'short-rest',
            message: `Rest before this call was ${formatMinutes(restMinutes)}, short of ${formatMinutes(rule.minimumMinutes)}`,
          });
        }
      }
      const maximum = agreement.maximumDay;
      if (maximum !== null && time.elapsedMinutes > maximum.minutes) {
        findings.push({
          date: day.date,
          code: 'over-maximum-day',
          message: `Call to wrap was ${formatMinutes(time.elapsedMinutes)}, over the ${formatMinutes(maximum.minutes)} maximum (${maximum.clause.source})`,
        });
      }
      previous = {
        date: day.date,
        wrap: day.wrap,
        multiplier: lastMultiplier(plan.segments, agreement.daily),
      };
    }
    return {
      date: day.date,
      kind: day.kind,
      dayWorked: plan.dayWorked,
      ...time,
      restMinutes,
      lines,
      amount: sumAmounts(lines),
    };
  });

  const lines = computedDays.flatMap((d) => d.lines);
  const first = sorted[0] as TimecardDay;
  return ok({
    agreementId: agreement.id,
    weekStart: workweekStart(first.date, agreement.workweekStartsOn),
    currency: agreement.currency,
    days: computedDays,
    lines,
    workedMinutes: computedDays.reduce((sum, d) => sum + d.workedMinutes, 0),
    paidMinutes: computedDays.reduce((sum, d) => sum + d.paidMinutes, 0),
    amount: sumAmounts(lines),
    lastWrap: previous,
    findings,
  });
};

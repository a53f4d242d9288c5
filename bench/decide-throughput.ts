import { performance } from 'node:perf_hooks';
import {
  ACTION_CATALOG,
  DEPARTMENTS,
  decide,
  type ActionId,
  type Decision,
  type DecisionContext,
  type PersonId,
} from '@greenlight/domain';
import { largeProduction } from './large-production.js';

export type DecideThroughput = {
  readonly people: number;
  readonly assignments: number;
  readonly actions: number;
  readonly cases: number;
  readonly decisions: number;
  readonly seconds: number;
  readonly opsPerSecond: number;
  readonly microsecondsPerDecision: number;
  readonly outcomes: Readonly<Record<Decision['outcome'], number>>;
  /** Mean cost of a decision by its outcome (a routed one looks for approvers among everyone). */
  readonly microsecondsByOutcome: Readonly<Record<Decision['outcome'], number>>;
};

type Case = {
  readonly personId: PersonId;
  readonly action: ActionId;
  readonly context: DecisionContext;
};

/** A small seeded generator (mulberry32), so every run decides the same cases. */
const seeded = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Amounts from nothing to far above every limit but the executive producer's: $0 … $2,000,000. */
const AMOUNTS_MAJOR = [0, 250, 999, 1_000, 5_000, 10_001, 24_999, 60_000, 150_000, 2_000_000];

/**
 * Decisions per second of the domain's `decide` on a 200-person production with the full default matrix, over
 * a fixed mix of every action of the catalog, every person, amounts around each signing limit and departments
 * (the person's own half of the time). Runs for at least `minSeconds` after a warm-up pass.
 */
export const measureDecideThroughput = (options: {
  readonly people?: number;
  readonly cases?: number;
  readonly minSeconds?: number;
}): DecideThroughput => {
  const s = largeProduction(options.people ?? 200);
  const random = seeded(20_260_302);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const cases: Case[] = [];
  for (let i = 0; i < (options.cases ?? 20_000); i += 1) {
    const member = pick(s.members);
    const action = pick(ACTION_CATALOG);
    const own = member.assignment.department;
    const department = action.departmentScoped
      ? own !== null && random() < 0.5
        ? own
        : pick(DEPARTMENTS)
      : undefined;
    cases.push({
      personId: member.person.id,
      action: action.id,
      context: {
        today: s.today,
        ...(action.involvesMoney ? { amount: s.money(pick(AMOUNTS_MAJOR)) } : {}),
        ...(department === undefined ? {} : { department }),
      },
    });
  }

  const byOutcome: Record<Decision['outcome'], Case[]> = {
    allow: [],
    deny: [],
    'requires-approval': [],
  };
  for (const c of cases)
    byOutcome[decide(s.snapshot, c.personId, c.action, c.context).outcome].push(c);

  /** Decides the cases over and over for at least `ms`: how many decisions, and how long it took. */
  const run = (batch: readonly Case[], ms: number): { decisions: number; elapsed: number } => {
    let decisions = 0;
    let sink = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < ms && batch.length > 0) {
      for (const c of batch)
        sink += decide(s.snapshot, c.personId, c.action, c.context).action.length;
      decisions += batch.length;
      elapsed = performance.now() - started;
    }
    if (batch.length > 0 && sink === 0) throw new Error('no decisions were made');
    return { decisions, elapsed };
  };

  const { decisions, elapsed } = run(cases, (options.minSeconds ?? 3) * 1000);
  const perOutcome = (outcome: Decision['outcome']): number => {
    const timed = run(byOutcome[outcome], 500);
    return timed.decisions === 0 ? 0 : (timed.elapsed * 1000) / timed.decisions;
  };
  const seconds = elapsed / 1000;
  return {
    people: s.people.length,
    assignments: s.snapshot.assignments.length,
    actions: ACTION_CATALOG.length,
    cases: cases.length,
    decisions,
    seconds,
    opsPerSecond: decisions / seconds,
    microsecondsPerDecision: (elapsed * 1000) / decisions,
    outcomes: {
      allow: byOutcome.allow.length,
      deny: byOutcome.deny.length,
      'requires-approval': byOutcome['requires-approval'].length,
    },
    microsecondsByOutcome: {
      allow: perOutcome('allow'),
      deny: perOutcome('deny'),
      'requires-approval': perOutcome('requires-approval'),
    },
  };
};

import { calendarDate, type CalendarDate } from '../shared/calendar-date.js';
import type { ShootCalendar } from '../schedule/calendar/shoot-calendar.js';
import type { ScheduledCast } from '../schedule/board/cast-days.js';
import type {
  BoardRules,
  CastAvailability,
  LocationAvailability,
} from '../schedule/board/check-board.js';
import { compileBoard } from '../schedule/board/compile-board.js';
import { BoardOrderEvaluator } from '../schedule/board/board-order-evaluator.js';
import { packIntoDays } from '../schedule/board/pack-into-days.js';
import { offDayPositions } from '../schedule/board/off-day-positions.js';
import { unitDays } from '../schedule/board/unit-days.js';
import { seededRandom, type SeededRandom } from '../schedule/solver/seeded-random.js';
import type { StripboardScene } from '../schedule/stripboard/layout-stripboard.js';
import type { Strip } from '../schedule/stripboard/strip.js';

export type RandomBoardOptions = {
  readonly scenes: number;
  readonly cast: number;
  /** Default: a set for every five or six scenes. */
  readonly sets?: number;
  /**
   * How many shoot days of slack availability windows get around the hidden board's dates (default 3):
   * 0 makes windows as tight as the hidden board allows.
   */
  readonly slack?: number;
  /** The most estimated minutes a day may hold; default 600 (ten hours). */
  readonly maxMinutesPerDay?: number | null;
};

/** A generated board, with a board that keeps every rule (so an optimizer can be held to zero conflicts). */
export type RandomBoard = {
  readonly scenes: readonly StripboardScene[];
  /** The current board: the scenes in script order, five pages a day, an off day part way through. */
  readonly strips: readonly Strip[];
  readonly cast: readonly ScheduledCast[];
  readonly calendar: ShootCalendar;
  readonly rules: BoardRules;
  readonly companyMoveCost: number;
  /** Shoot days (scene ids) on which no rule is broken, by construction. */
  readonly feasibleDays: readonly (readonly string[])[];
};

const shuffle = <T>(items: T[], random: SeededRandom): T[] => {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
};

/** Up to `count` distinct indexes below `bound`, the low ones likelier (leads work more than day players). */
const pickCast = (count: number, bound: number, random: SeededRandom): number[] => {
  const picked = new Set<number>();
  for (let tries = 0; picked.size < Math.min(count, bound) && tries < 50; tries += 1) {
    picked.add(Math.floor(bound * Math.pow(random.next(), 1.8)));
  }
  return [...picked].sort((a, b) => a - b);
};

/**
 * A reproducible board whose rules are satisfiable by construction: scenes, cast with rates, sets and
 * same-day groups are drawn first, a hidden order of them is packed into days by the rules packer, and
 * every date rule is then derived from that hidden board (cast windows and blocked dates around the days
 * each actor works, location windows around each set's days, scene orders along the hidden order, night
 * scenes moved so no night is followed by a day-scene morning). The hidden board is `feasibleDays`.
 */
export const randomBoard = (seed: number, options: RandomBoardOptions): RandomBoard => {
  const random = seededRandom(seed);
  const n = options.scenes;
  const setCount = Math.max(1, options.sets ?? Math.round(n / 5.5));
  const slack = options.slack ?? 3;
  const maxMinutesPerDay = options.maxMinutesPerDay === undefined ? 600 : options.maxMinutesPerDay;
  const cast: ScheduledCast[] = Array.from({ length: options.cast }, (_, c) => ({
    castNumber: c + 1,
    name: `ACTOR ${c + 1}`,
    dailyRate: 100 * Math.round(2000 / (1 + c) + random.int(400)),
  }));
  const light = new Map<string, 'day' | 'night'>();
  const sceneMinutes = new Map<string, number>();
  const scenes: StripboardScene[] = Array.from({ length: n }, (_, i) => {
    const id = `sc${i + 1}`;
    const eighths = random.next() < 0.1 ? 12 + random.int(20) : 1 + random.int(10);
    const night = random.next() < 0.3;
    light.set(id, night ? 'night' : 'day');
    if (random.next() < 0.15)
      sceneMinutes.set(id, Math.max(10, eighths * 15 + random.int(91) - 30));
    return {
      id,
      number: String(i + 1),
      eighths,
      castNumbers: pickCast(1 + random.int(3), options.cast, random).map((c) => c + 1),
      set: `SET ${1 + random.int(setCount)}`,
      intExt: random.next() < 0.6 ? 'INT' : 'EXT',
      time: night ? 'NIGHT' : 'DAY',
    };
  });
  const minutesOf = (scene: StripboardScene): number =>
    sceneMinutes.get(scene.id) ?? scene.eighths * 15;
  const sameDay: string[][] = [];
  for (let g = 0; g < Math.floor(n / 15); g += 1) {
    const size = 2 + random.int(2);
    const group = [...new Set(Array.from({ length: size }, () => random.int(n)))]
      .map((i) => scenes[i])
      .filter((scene) => scene !== undefined);
    const eighths = group.reduce((sum, scene) => sum + scene.eighths, 0);
    const minutes = group.reduce((sum, scene) => sum + minutesOf(scene), 0);
    const taken = new Set(sameDay.flat());
    if (group.length < 2 || eighths > 40 || minutes > (maxMinutesPerDay ?? Infinity)) continue;
    if (group.some((scene) => taken.has(scene.id))) continue;
    sameDay.push(group.map((scene) => scene.id));
  }
  const calendar: ShootCalendar = {
    firstShootDay: calendarDate('2027-03-01'),
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [{ date: calendarDate('2027-04-05'), name: 'Easter Monday' }],
    daysOff: [calendarDate('2027-03-19')],
  };
  let stripCount = 0;
  const current = packIntoDays(scenes, 40, { next: () => `x${(stripCount += 1)}` });
  const breaks = current.flatMap((strip, index) => (strip.kind === 'day-break' ? [index] : []));
  const offAfter = breaks[Math.min(breaks.length - 1, 3 + random.int(5))];
  const strips: Strip[] =
    offAfter === undefined
      ? current
      : [
          ...current.slice(0, offAfter + 1),
          { kind: 'off-day', id: 'off-1', reason: 'Travel' },
          ...current.slice(offAfter + 1),
        ];
  const rulesWithoutDates: BoardRules = {
    maxEighthsPerDay: 40,
    maxMinutesPerDay,
    sceneMinutes,
    sceneOrder: [],
    castAvailability: [],
    locationAvailability: [],
    light,
    castNames: new Map(cast.map((member) => [member.castNumber, member.name])),
    sceneNumbers: new Map(scenes.map((scene) => [scene.id, scene.number])),
    sameDay,
  };
  const context = {
    cast,
    calendar,
    rules: rulesWithoutDates,
    companyMoveCost: 50_000 + 1000 * random.int(300),
    offDaysAfter: offDayPositions(strips),
  };

  // The hidden board: a random order of the scenes, packed by the rules (no date rules yet).
  const hidden = compileBoard(shuffle([...scenes], random), context);
  const order = Int32Array.from(
    shuffle(
      Array.from({ length: hidden.unitCount }, (_, u) => u),
      random,
    ),
  );
  const evaluator = new BoardOrderEvaluator(hidden);
  evaluator.evaluate(order);
  const feasibleDays = unitDays(hidden, order, evaluator.dayOfPosition);
  const dateOf = (day: number): CalendarDate | null =>
    day < 0 || day >= hidden.maxDays ? null : (hidden.dayDate[day] ?? null);
  const sceneById = new Map(scenes.map((scene) => [scene.id, scene]));
  const unitOfScene = new Map<string, readonly string[]>();
  for (const group of sameDay) for (const id of group) unitOfScene.set(id, group);
  // A night followed by a day-scene morning: the morning's first unit becomes night work.
  feasibleDays.forEach((day, d) => {
    const next = feasibleDays[d + 1];
    const first = next?.[0];
    if (first === undefined || hidden.dayAdjacent[d] !== 1) return;
    if (!day.some((id) => light.get(id) === 'night') || light.get(first) !== 'day') return;
    for (const id of unitOfScene.get(first) ?? [first]) light.set(id, 'night');
  });

  const castAvailability: CastAvailability[] = [];
  for (const member of cast) {
    const worked = [
      ...new Set(
        feasibleDays.flatMap((day, d) =>
          day.some((id) => sceneById.get(id)?.castNumbers.includes(member.castNumber)) ? [d] : [],
        ),
      ),
    ];
    const first = worked[0];
    const last = worked.at(-1);
    if (first === undefined || last === undefined || random.next() < 0.3) continue;
    const from = dateOf(first - random.int(slack + 1));
    const until = dateOf(last + random.int(slack + 1));
    const free = feasibleDays.flatMap((_, d) => (worked.includes(d) ? [] : [d]));
    const unavailable = [0, 1]
      .map(() => free[random.int(free.length)])
      .flatMap((d) => (d === undefined || random.next() < 0.4 ? [] : [dateOf(d)]))
      .filter((date): date is CalendarDate => date !== null);
    castAvailability.push({
      castNumber: member.castNumber,
      availableFrom: from,
      availableUntil: until,
      unavailable: [...new Set(unavailable)],
    });
  }
  const locationAvailability: LocationAvailability[] = [];
  for (let s = 1; s <= setCount; s += 1) {
    const days = feasibleDays.flatMap((day, d) =>
      day.some((id) => sceneById.get(id)?.set === `SET ${s}`) ? [d] : [],
    );
    const first = days[0];
    const last = days.at(-1);
    if (first === undefined || last === undefined || random.next() < 0.6) continue;
    locationAvailability.push({
      set: `SET ${s}`,
      availableFrom: dateOf(first - random.int(slack + 1)),
      availableUntil: dateOf(last + random.int(slack + 1)),
    });
  }
  const shootingOrder = feasibleDays.flat();
  const sceneOrder: [string, string][] = [];
  for (let k = 0; k < Math.floor(n / 10); k += 1) {
    const i = random.int(n);
    const j = random.int(n);
    const a = shootingOrder[Math.min(i, j)];
    const b = shootingOrder[Math.max(i, j)];
    if (i !== j && a !== undefined && b !== undefined) sceneOrder.push([a, b]);
  }
  const timedScenes = scenes.map((scene) => ({
    ...scene,
    time: light.get(scene.id) === 'night' ? 'NIGHT' : 'DAY',
  }));
  return {
    scenes: timedScenes,
    strips,
    cast,
    calendar,
    rules: { ...rulesWithoutDates, sceneOrder, castAvailability, locationAvailability },
    companyMoveCost: context.companyMoveCost,
    feasibleDays,
  };
};

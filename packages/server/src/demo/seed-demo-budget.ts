import type { DetailLineDto } from '@greenlight/contract';
import {
  DomainError,
  explainSchedule,
  type BudgetUnit,
  type ProductionId,
  type Role,
  type ScheduleLink,
} from '@greenlight/domain';
import { editBudgetLines } from '../services/budget-lines-service.js';
import { updateBudgetSetup } from '../services/budget-setup-service.js';
import { transitionBudget } from '../services/budget-versions-service.js';
import { createBudget, getBudgetVersion } from '../services/budgets-service.js';
import { decideApproval } from '../services/approvals-service.js';
import { findShootingBoardId, loadBoardLayout } from '../services/load-board-layout.js';
import { castOf } from '../services/schedule-service.js';
import type { ServiceContext } from '../services/service-context.js';
import type { TakeActionResult } from '../services/take-action.js';

const PAYROLL = ['payroll-taxes', 'unemployment', 'workers-comp'];
const UNION = [...PAYROLL, 'union-pension-health'];
// The flat health-and-welfare fringe counts days, so it rides on day lines only.
const UNION_DAYS = [...UNION, 'health-welfare-day'];

/** One detail line, with amounts in whole dollars (or euros) and quantities as decimals. */
const line = (
  id: string,
  accountNumber: string,
  description: string,
  amount: number | string,
  unit: BudgetUnit,
  rateMajor: number,
  options: {
    readonly multiplier?: number;
    readonly fringes?: readonly string[];
    readonly link?: ScheduleLink;
    readonly currency?: string;
  } = {},
): DetailLineDto => ({
  id,
  accountNumber,
  description,
  amount:
    typeof amount === 'string'
      ? { kind: 'global', name: amount }
      : { kind: 'quantity', quantity: Math.round(amount * 1000) },
  unit,
  multiplier: Math.round((options.multiplier ?? 1) * 1000),
  rate: Math.round(rateMajor * 100),
  currency: options.currency ?? 'USD',
  fringeIds: [...(options.fringes ?? [])],
  scheduleLink: options.link ?? null,
});

const resultOf = (outcome: TakeActionResult, key: string): string => {
  const value = outcome.outcome === 'allowed' ? outcome.result : null;
  const found =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Readonly<Record<string, unknown>>)[key]
      : null;
  if (typeof found !== 'string') throw new DomainError('internal', `The demo budget has no ${key}`);
  return found;
};

/**
 * The demo's budget, built the way the producing team divides the work: the producer makes it from the
 * feature template and sets it up (the shoot days from the shooting board, a euro rate for the camera
 * package bought in Europe), the line producer budgets the detail (cast on their work days at the rates
 * the schedule knows, crew on the shoot days, fringes), the producer submits it and the executive producer
 * approves it. Returns the approved version.
 */
export const seedDemoBudget = async (
  as: (role: Role) => ServiceContext,
  productionId: ProductionId,
): Promise<{ versionId: string }> => {
  const producer = as('producer');
  const lp = as('line-producer');
  const created = await createBudget(producer, productionId, {
    name: 'Production budget',
    template: 'feature-film',
  });
  const versionId = resultOf(created, 'versionId');

  const boardId = await findShootingBoardId(producer.deps, productionId);
  if (boardId === null) throw new DomainError('internal', 'The demo has no shooting board');
  const { layout, data } = await loadBoardLayout(producer.deps, productionId, boardId);
  const cast = data === null ? [] : castOf(data);
  const explanation = explainSchedule(layout, cast);
  const shootDays = explanation.shootDays;
  const shootWeeks = Math.max(1, Math.ceil(shootDays / 5));

  const draft = await getBudgetVersion(producer, productionId, versionId, {
    offset: 0,
    limit: 1,
  });
  const days = (n: number) => ({ kind: 'quantity' as const, quantity: n * 1000 });
  await updateBudgetSetup(producer, productionId, versionId, {
    revision: draft.version.revision,
    setup: {
      ...draft.setup,
      exchangeRates: [{ currency: 'EUR', perUnitMicros: 1_085_000 }],
      globals: draft.setup.globals.map((g) =>
        g.name === 'SHOOT_DAYS'
          ? { ...g, value: days(shootDays) }
          : g.name === 'SHOOT_WEEKS'
            ? { ...g, value: days(shootWeeks) }
            : g,
      ),
    },
  });

  // Each cast member on their work days at the daily rate the schedule knows, and on their hold days.
  const castLines = explanation.cast.flatMap((member) => {
    const known = cast.find((c) => c.castNumber === member.castNumber);
    if (known === undefined || known.dailyRate === 0 || member.workDays === 0) return [];
    const name = `${known.name} (cast #${member.castNumber})`;
    const work = line(
      `cast-${member.castNumber}`,
      '1500',
      name,
      member.workDays,
      'days',
      known.dailyRate / 100,
      {
        fringes: UNION_DAYS,
        link: { kind: 'cast-work-days', castNumber: member.castNumber },
      },
    );
    if (member.holdDays === 0) return [work];
    const hold = line(
      `cast-${member.castNumber}-hold`,
      '1500',
      `${name}: hold days`,
      member.holdDays,
      'days',
      known.dailyRate / 100,
      { fringes: UNION_DAYS, link: { kind: 'cast-hold-days', castNumber: member.castNumber } },
    );
    return [work, hold];
  });
  const lines: DetailLineDto[] = [
    line('rights', '1100', 'Option and purchase of the screenplay', 1, 'flat', 150_000),
    line('screenplay', '1200', 'Screenplay and one polish', 1, 'flat', 120_000, {
      fringes: ['union-pension-health'],
    }),
    line('producer', '1300', 'Producer', 1, 'flat', 95_000, { fringes: PAYROLL }),
    line('co-producer', '1300', 'Co-producer', 1, 'flat', 40_000, { fringes: PAYROLL }),
    line('director', '1400', 'Director', 1, 'flat', 250_000, { fringes: UNION }),
    ...castLines,
    line('casting-director', '1600', 'Casting director', 1, 'flat', 35_000, { fringes: PAYROLL }),
    line('atl-travel', '1800', 'Director and cast travel', 1, 'allow', 12_000),
    line('first-ad', '2100', 'First assistant director', 'SHOOT_DAYS', 'days', 900, {
      fringes: UNION_DAYS,
    }),
    line('second-ad', '2100', 'Second assistant director', 'SHOOT_DAYS', 'days', 650, {
      fringes: UNION_DAYS,
    }),
    line('coordinator', '2100', 'Production coordinator', 12, 'weeks', 1_800, {
      fringes: UNION,
    }),
    line('background', '2200', 'Background performers, 20 a day', shootDays, 'days', 182, {
      multiplier: 20,
      fringes: PAYROLL,
      link: { kind: 'shoot-days' },
    }),
    line('designer', '2300', 'Production designer', 10, 'weeks', 3_500, { fringes: UNION }),
    line('office-set', '2400', 'Harbour office set build', 1, 'allow', 45_000),
    line('craft-service', '2500', 'Craft service', 'SHOOT_DAYS', 'days', 450),
    line('decorator', '2700', 'Set decorator', 8, 'weeks', 2_600, { fringes: UNION }),
    line('prop-master', '2800', 'Property master', 8, 'weeks', 2_400, { fringes: UNION }),
    line(
      'nautical-props',
      '2800',
      'Nautical props: radio set, life rings, nets',
      1,
      'allow',
      6_500,
    ),
    line('costume-designer', '2900', 'Costume designer', 8, 'weeks', 2_800, { fringes: UNION }),
    line('oilskins', '2900', 'Oilskins and weather gear', 1, 'allow', 9_000),
    line('makeup', '3000', 'Key makeup artist', 'SHOOT_DAYS', 'days', 650, {
      fringes: UNION_DAYS,
    }),
    line('gaffer', '3100', 'Gaffer', 'SHOOT_DAYS', 'days', 720, { fringes: UNION_DAYS }),
    line('lighting', '3100', 'Lighting package', 'SHOOT_WEEKS', 'weeks', 9_500),
    line('key-grip', '3200', 'Key grip', 'SHOOT_DAYS', 'days', 700, { fringes: UNION_DAYS }),
    line('technocrane', '3200', 'Technocrane and remote head', 2, 'weeks', 75_000),
    line('dp', '3300', 'Director of photography', 6, 'weeks', 7_000, { fringes: UNION }),
    line('first-ac', '3300', 'First assistant camera', 'SHOOT_DAYS', 'days', 650, {
      fringes: UNION_DAYS,
    }),
    line('second-ac', '3300', 'Second assistant camera', 'SHOOT_DAYS', 'days', 500, {
      fringes: UNION_DAYS,
    }),
    line('camera-package', '3300', 'Camera package (rented in Europe)', 6, 'weeks', 6_000, {
      currency: 'EUR',
    }),
    line('anamorphics', '3300', 'Anamorphic lens rental', 1, 'allow', 2_400),
    line('mixer', '3400', 'Production sound mixer', 'SHOOT_DAYS', 'days', 750, {
      fringes: UNION_DAYS,
    }),
    line('transport-coordinator', '3500', 'Transportation coordinator', 8, 'weeks', 2_200, {
      fringes: UNION,
    }),
    line('picture-boat', '3500', 'Picture boat and safety boat', shootDays, 'days', 1_400, {
      link: { kind: 'shoot-days' },
    }),
    line('location-manager', '3600', 'Location manager', 10, 'weeks', 2_500, { fringes: UNION }),
    line('harbour-office', '3600', 'Harbour office location fee', 1, 'flat', 18_000),
    line('permits', '3600', 'Port of San Pedro permits', 1, 'allow', 7_500),
    line('media', '3700', 'Data management and drives', 'SHOOT_DAYS', 'days', 300),
    line('stunts', '3800', 'Stunt coordinator, water work', 5, 'days', 1_200, {
      fringes: UNION_DAYS,
    }),
    line('editor', '4100', 'Editor', 'POST_WEEKS', 'weeks', 3_200, { fringes: UNION }),
    line('edit-suite', '4100', 'Editing suite', 20, 'weeks', 1_500),
    line('composer', '4200', 'Composer package', 1, 'flat', 60_000),
    line('mix', '4300', 'Sound design and mix', 1, 'allow', 85_000),
    line('vfx', '4400', 'Sea and sky extensions', 1, 'allow', 60_000),
    line('grade', '4600', 'Colour grade', 1, 'allow', 45_000),
    line('deliverables', '4700', 'Delivery materials', 1, 'allow', 25_000),
    line('stills', '5100', 'Unit stills and electronic press kit', 1, 'allow', 15_000),
    line('insurance', '5200', 'Production package, E&O', 1, 'allow', 55_000),
    line('legal', '5300', 'Production counsel', 1, 'allow', 40_000),
    line('office', '5400', 'Production office rent', 16, 'weeks', 1_500),
  ];
  const setUp = await getBudgetVersion(lp, productionId, versionId, { offset: 0, limit: 1 });
  await editBudgetLines(lp, productionId, versionId, {
    revision: setUp.version.revision,
    edits: lines.map((l) => ({ kind: 'add' as const, line: l })),
  });

  await transitionBudget(
    producer,
    productionId,
    versionId,
    { transition: 'submit', note: 'Locked to the shooting board' },
    (action) => action,
  );
  const approved = await transitionBudget(
    as('executive-producer'),
    productionId,
    versionId,
    { transition: 'approve' },
    (action) => action,
  );
  if (approved.outcome === 'approval-requested') {
    await decideApproval(as('executive-producer'), approved.request.id, 'approve', {});
  }
  return { versionId };
};

import type { CurrencyCode } from '../shared/money.js';
import type { ProductionId } from '../shared/ids.js';
import type { Instant } from '../shared/calendar-date.js';

export const PRODUCTION_KINDS = [
  'feature-film',
  'series',
  'short',
  'commercial',
  'documentary',
  'other',
] as const;
export type ProductionKind = (typeof PRODUCTION_KINDS)[number];

export const PRODUCTION_KIND_LABELS: Readonly<Record<ProductionKind, string>> = {
  'feature-film': 'Feature film',
  series: 'Series',
  short: 'Short',
  commercial: 'Commercial',
  documentary: 'Documentary',
  other: 'Other',
};

/** A series is organised in seasons of episodes; other kinds have none. */
export type Episode = { readonly number: number; readonly title: string };
export type Season = { readonly number: number; readonly episodes: readonly Episode[] };

export type Production = {
  readonly id: ProductionId;
  readonly title: string;
  readonly kind: ProductionKind;
  readonly currency: CurrencyCode;
  /** IANA zone; every calendar date of the production is a date in this zone. */
  readonly timeZone: string;
  readonly stage: ProductionStage;
  readonly seasons: readonly Season[];
  readonly createdAt: Instant;
};

export const PRODUCTION_STAGES = [
  'development',
  'pre-production',
  'production',
  'post-production',
  'distribution',
  'completed',
  'cancelled',
] as const;
export type ProductionStage = (typeof PRODUCTION_STAGES)[number];

export const PRODUCTION_STAGE_LABELS: Readonly<Record<ProductionStage, string>> = {
  development: 'Development',
  'pre-production': 'Pre-production',
  production: 'Production',
  'post-production': 'Post-production',
  distribution: 'Distribution',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

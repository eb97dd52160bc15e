import { coarseCoordinates, type Coordinates } from '@mutua/core';
import type { MarketplaceQuery } from './core-marketplace.js';

/** What the browse page filters by; every field lives in the page URL so a search can be shared. */
export interface MarketplaceFilters {
  readonly q: string;
  readonly kind: '' | 'offer' | 'request';
  readonly category: string;
  readonly group: string;
  readonly member: string;
  /** Only entries changed in the last N days ('' for any time). */
  readonly recent: '' | '7' | '30';
  /** Only entries within N km of the reference point ('' for any distance). */
  readonly within: '' | '5' | '10' | '25' | '50';
  /**
   * The reference point as "lat,lon" (two decimals) after "Near me"; '' means the member's own
   * profile place, so a shared link without it measures from each reader's place.
   */
  readonly near: string;
  readonly sort: 'newest' | 'expiring' | 'title' | 'nearest';
  readonly view: 'grid' | 'list';
}

/** The distances the filter offers, in km. */
export const DISTANCES = ['5', '10', '25', '50'] as const;

const POINT = /^(-?\d{1,2}\.\d{2}),(-?\d{1,3}\.\d{2})$/;

/** The point a `near` value names, or undefined when it is empty or malformed. */
export function pointOfNear(near: string): Coordinates | undefined {
  const match = POINT.exec(near);
  if (!match) return undefined;
  const [latitude, longitude] = [Number(match[1]), Number(match[2])];
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : undefined;
}

/** The `near` value for a point: rounded like stored places, so a URL never holds a precise position. */
export function nearOf(point: Coordinates): string {
  const { latitude, longitude } = coarseCoordinates(point);
  return `${latitude},${longitude}`;
}

/** Where distances are measured from: the point in the URL, else the member's own place. */
export function referencePoint(filters: MarketplaceFilters, home: Coordinates | undefined): Coordinates | undefined {
  return pointOfNear(filters.near) ?? home;
}

/** The filters of a page with no query string. */
export const defaultFilters: MarketplaceFilters = { q: '', kind: '', category: '', group: '', member: '', recent: '', within: '', near: '', sort: 'newest', view: 'grid' };

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/** Reads filters from URL query parameters; unknown values fall back to the defaults. */
export function filtersFromSearch(params: URLSearchParams): MarketplaceFilters {
  const text = (name: string) => (params.get(name) ?? '').slice(0, 500);
  return {
    q: text('q'),
    kind: pick(params.get('kind'), ['', 'offer', 'request'], ''),
    category: text('category'),
    group: text('group'),
    member: text('member'),
    recent: pick(params.get('recent'), ['', '7', '30'], ''),
    within: pick(params.get('within'), ['', ...DISTANCES], ''),
    near: pointOfNear(params.get('near') ?? '') ? params.get('near')! : '',
    sort: pick(params.get('sort'), ['newest', 'expiring', 'title', 'nearest'], 'newest'),
    view: pick(params.get('view'), ['grid', 'list'], 'grid'),
  };
}

/** The query string for `filters`, leaving out defaults so URLs stay short (no leading `?`). */
export function filtersToSearch(filters: MarketplaceFilters): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaultFilters) as (keyof MarketplaceFilters)[]) {
    if (filters[key] !== defaultFilters[key]) params.set(key, filters[key]);
  }
  return params.toString();
}

const DAY_MS = 86_400_000;

/** The core query that `filters` mean at time `now`, measuring distances from `home` unless the URL names a point. */
export function queryOf(filters: MarketplaceFilters, now: Date = new Date(), home?: Coordinates): MarketplaceQuery {
  const near = referencePoint(filters, home);
  return {
    ...(filters.q ? { text: filters.q } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.category ? { categories: [filters.category] } : {}),
    ...(filters.group ? { groups: [filters.group] } : {}),
    ...(filters.member ? { members: [filters.member] } : {}),
    ...(filters.recent ? { since: new Date(now.getTime() - Number(filters.recent) * DAY_MS).toISOString() } : {}),
    ...(near ? { near } : {}),
    ...(filters.within ? { withinKm: Number(filters.within) } : {}),
    sort: filters.sort,
  };
}

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
  readonly sort: 'newest' | 'expiring' | 'title';
  readonly view: 'grid' | 'list';
}

/** The filters of a page with no query string. */
export const defaultFilters: MarketplaceFilters = { q: '', kind: '', category: '', group: '', member: '', recent: '', sort: 'newest', view: 'grid' };

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
    sort: pick(params.get('sort'), ['newest', 'expiring', 'title'], 'newest'),
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

/** The core query that `filters` mean at time `now`. */
export function queryOf(filters: MarketplaceFilters, now: Date = new Date()): MarketplaceQuery {
  return {
    ...(filters.q ? { text: filters.q } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.category ? { categories: [filters.category] } : {}),
    ...(filters.group ? { groups: [filters.group] } : {}),
    ...(filters.member ? { members: [filters.member] } : {}),
    ...(filters.recent ? { since: new Date(now.getTime() - Number(filters.recent) * DAY_MS).toISOString() } : {}),
    sort: filters.sort,
  };
}

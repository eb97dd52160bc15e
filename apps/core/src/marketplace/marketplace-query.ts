import type { MarketplaceEntry } from '../records/types/marketplace-entry.js';
import { coordinatesOf, type Coordinates } from '../places/coarse-place.js';
import { distanceKm } from '../places/distance.js';

/** What a member asks of the marketplace; every field is optional. */
export interface MarketplaceQuery {
  /** Words that must all appear in the title or the description (case- and accent-insensitive). */
  readonly text?: string;
  readonly kind?: MarketplaceEntry['kind'];
  /** Entries in any of these categories. */
  readonly categories?: readonly string[];
  readonly groups?: readonly string[];
  readonly members?: readonly string[];
  /** Only entries modified at or after this time. */
  readonly since?: string;
  /** The point distances are measured from; without it, `withinKm` and "nearest" cannot apply. */
  readonly near?: Coordinates;
  /** Only entries whose place is at most this far from `near`; entries without coordinates are left out. Ignored without `near`, so the caller must say why. */
  readonly withinKm?: number;
  /** "nearest" puts entries without coordinates last, newest first among them. */
  readonly sort?: 'newest' | 'expiring' | 'title' | 'nearest';
}

/** How far the entry's place is from `near`, in km; undefined when either point is unknown. */
export function entryDistanceKm(entry: MarketplaceEntry, near: Coordinates | undefined): number | undefined {
  const point = coordinatesOf(entry.location);
  return point && near ? distanceKm(near, point) : undefined;
}

/** Lower-case, accents removed: "Vélo" matches "velo". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The entries that match `query`, sorted (pure; entries are not changed). */
export function queryMarketplace(entries: readonly MarketplaceEntry[], query: MarketplaceQuery = {}): MarketplaceEntry[] {
  const words = query.text ? searchKey(query.text).split(/\s+/).filter(Boolean) : [];
  const since = query.since ? Date.parse(query.since) : undefined;
  const has = <T>(list: readonly T[] | undefined, value: T) => !list || list.length === 0 || list.includes(value);
  const matches = entries.filter((e) => {
    if (query.kind && e.kind !== query.kind) return false;
    if (!has(query.groups, e.group) || !has(query.members, e.creator)) return false;
    if (query.categories && query.categories.length > 0 && !e.categories.some((c) => query.categories!.includes(c))) return false;
    if (since !== undefined && Date.parse(e.modified ?? '') < since) return false;
    if (query.withinKm !== undefined && query.near) {
      const km = entryDistanceKm(e, query.near);
      if (km === undefined || km > query.withinKm) return false;
    }
    if (words.length > 0) {
      const text = searchKey(`${e.title} ${e.description ?? ''}`);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
  const sort = query.sort ?? 'newest';
  const time = (value: string | undefined) => Date.parse(value ?? '') || 0;
  if (sort === 'newest') return matches.sort((a, b) => time(b.modified) - time(a.modified));
  if (sort === 'expiring') return matches.sort((a, b) => time(a.expires) - time(b.expires));
  if (sort === 'nearest') {
    const km = new Map(matches.map((e) => [e, entryDistanceKm(e, query.near) ?? Infinity]));
    return matches.sort((a, b) => km.get(a)! - km.get(b)! || time(b.modified) - time(a.modified));
  }
  return matches.sort((a, b) => collator.compare(a.title, b.title));
}

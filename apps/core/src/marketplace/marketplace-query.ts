import type { MarketplaceEntry } from '../records/types/marketplace-entry.js';

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
  readonly sort?: 'newest' | 'expiring' | 'title';
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
  return matches.sort((a, b) => collator.compare(a.title, b.title));
}

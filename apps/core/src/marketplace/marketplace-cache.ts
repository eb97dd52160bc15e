import type { CheckedItem } from './check-index-item.js';
import type { IndexHeadFacts } from './index-document.internal.js';

/** One index document as last read and checked. */
export interface CachedIndexDocument {
  readonly etag: string;
  readonly checked: readonly CheckedItem[];
  readonly head?: IndexHeadFacts;
}

/**
 * Checked index documents by URL, reused when the server answers 304 Not Modified: a warm
 * load costs a few small requests and no signature checks. Keep one per signed-in session.
 */
export type MarketplaceCache = Map<string, CachedIndexDocument>;

/** An empty cache. */
export function createMarketplaceCache(): MarketplaceCache {
  return new Map();
}

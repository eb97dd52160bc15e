import type { MarketplaceEntry } from '../records/types/marketplace-entry.js';
import type { CheckedItem } from './check-index-item.js';
import { emptyDiagnostics, type MarketplaceDiagnostics } from './marketplace-diagnostics.js';

/** The entries to show and why the others are hidden. */
export interface Listing {
  readonly entries: readonly MarketplaceEntry[];
  readonly diagnostics: MarketplaceDiagnostics;
}

/**
 * Folds checked items into what is listed (pure): per offer, the last signed act of its
 * author wins, whether an entry (a new version) or a withdrawal; expired entries are hidden.
 */
export function mergeListings(items: readonly CheckedItem[], now: Date = new Date()): Listing {
  const diagnostics = emptyDiagnostics();
  const latest = new Map<string, Extract<CheckedItem, { ok: true }>>();
  const key = (offer: string, author: string, group: string) => `${group} ${author} ${offer}`;
  let versions = 0;
  for (const item of items) {
    if (!item.ok) {
      diagnostics[item.reason]++;
      continue;
    }
    if (item.kind === 'entry') versions++;
    // Only the offer's author can withdraw it, and only from one group: the key includes both.
    const k = item.kind === 'entry' ? key(item.entry.offer, item.entry.creator, item.entry.group) : key(item.withdrawal.offer, item.withdrawal.actor, item.withdrawal.group);
    const seen = latest.get(k);
    // On a tie the withdrawal wins: hiding is the safe side.
    if (!seen || item.signedAt > seen.signedAt || (item.signedAt === seen.signedAt && item.kind === 'withdrawal')) latest.set(k, item);
  }
  const entries: MarketplaceEntry[] = [];
  let withdrawnOffers = 0;
  for (const item of latest.values()) {
    if (item.kind === 'withdrawal') {
      withdrawnOffers++;
      continue;
    }
    if (Date.parse(item.entry.expires) <= now.getTime()) diagnostics.expired++;
    else entries.push(item.entry);
  }
  diagnostics.withdrawn = withdrawnOffers;
  diagnostics.superseded = versions - entries.length - diagnostics.expired - countWithdrawnVersions(items, latest);
  return { entries, diagnostics };
}

// Versions hidden by a later withdrawal are counted as withdrawn, not superseded.
function countWithdrawnVersions(items: readonly CheckedItem[], latest: Map<string, Extract<CheckedItem, { ok: true }>>): number {
  let n = 0;
  for (const item of items) {
    if (item.ok && item.kind === 'entry' && latest.get(`${item.entry.group} ${item.entry.creator} ${item.entry.offer}`)?.kind === 'withdrawal') n++;
  }
  return n;
}

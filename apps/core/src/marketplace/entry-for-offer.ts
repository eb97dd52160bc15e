import type { MarketplaceEntry } from '../records/types/marketplace-entry.js';
import type { Offer } from '../records/types/offer.js';
import { coarsePlace } from '../places/coarse-place.js';

/** Characters of an offer's description an index entry repeats: enough to search, small enough for a 10,000-entry index. */
export const SUMMARY_LENGTH = 300;

/** An offer description as an entry repeats it: white space collapsed, cut at a word near SUMMARY_LENGTH. */
export function summaryOf(description: string): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  if (flat.length <= SUMMARY_LENGTH) return flat;
  const cut = flat.slice(0, SUMMARY_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The index entry that summarises `offer` for one group (pure). Each version gets a fresh
 * `urn:uuid` IRI, so a signed entry keeps its identity (and its signature) wherever it is stored.
 */
export function entryForOffer(offer: Offer, group: string): MarketplaceEntry {
  return {
    url: `urn:uuid:${globalThis.crypto.randomUUID()}#it`,
    offer: offer.url,
    title: offer.title,
    ...(offer.description?.trim() ? { description: summaryOf(offer.description) } : {}),
    kind: offer.purpose,
    categories: offer.intent.categories,
    expires: offer.expires,
    creator: offer.creator,
    group,
    modified: offer.modified ?? offer.created,
    // Rounded again here: an offer written by another app may carry finer coordinates than Mutua stores.
    ...(offer.location ? { location: coarsePlace(offer.location) } : {}),
    proofs: [],
  };
}

import type { MarketplaceEntry } from '../records/types/marketplace-entry.js';
import type { Offer } from '../records/types/offer.js';

/**
 * The index entry that summarises `offer` for one group (pure). Each version gets a fresh
 * `urn:uuid` IRI, so a signed entry keeps its identity (and its signature) wherever it is stored.
 */
export function entryForOffer(offer: Offer, group: string): MarketplaceEntry {
  return {
    url: `urn:uuid:${globalThis.crypto.randomUUID()}#it`,
    offer: offer.url,
    title: offer.title,
    kind: offer.purpose,
    categories: offer.intent.categories,
    expires: offer.expires,
    creator: offer.creator,
    group,
    modified: offer.modified ?? offer.created,
    proofs: [],
  };
}

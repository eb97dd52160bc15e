import type { Quad } from 'n3';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { Offer } from '../records/types/offer.js';
import { appendToIndex } from './append-to-index.internal.js';
import { entryForOffer } from './entry-for-offer.js';
import { marketplaceLayout } from './marketplace-layout.js';
import type { MarketplaceSigner } from './marketplace-signer.js';
import { signEntry } from './sign-entry.js';
import { createWithdrawal, signWithdrawal } from './withdrawal.js';

/** Options for writing to group marketplaces: the author's fetch and signing key. */
export interface MarketplaceWriteOptions extends PodRequestOptions {
  readonly signer: MarketplaceSigner;
}

/** The journal an offer's entries go to: public offers to the public index, others to the members' one. */
function journalFor(group: string, visibility: Offer['visibility']): string {
  const layout = marketplaceLayout(group);
  return visibility === 'public' ? layout.public.journal : layout.membersOnly.journal;
}

/**
 * Appends a freshly signed entry for the offer to the index of each group it is proposed to.
 * When `previous` was listed under another visibility or in groups it has left, a signed
 * withdrawal is appended there too, so the old listing disappears.
 */
export async function publishOffer(offer: Offer, options: MarketplaceWriteOptions & { readonly previous?: Offer }): Promise<void> {
  const writes: Promise<void>[] = [];
  for (const group of offer.groups) {
    const quads = await signEntry(entryForOffer(offer, group), options.signer);
    writes.push(appendToIndex(journalFor(group, offer.visibility), quads, options));
  }
  const previous = options.previous;
  if (previous) {
    for (const group of previous.groups) {
      if (offer.groups.includes(group) && previous.visibility === offer.visibility) continue;
      const quads = await signWithdrawal(createWithdrawal(offer.url, group, options.signer.webId), options.signer);
      writes.push(appendToIndex(journalFor(group, previous.visibility), quads, options));
    }
  }
  await Promise.all(writes);
}

/** Appends a signed withdrawal of the offer to every group index it is listed in. */
export async function unpublishOffer(offer: Offer, options: MarketplaceWriteOptions & { readonly at?: Date }): Promise<void> {
  const writes = await Promise.all(
    offer.groups.map(async (group): Promise<[string, Quad[]]> => [
      journalFor(group, offer.visibility),
      await signWithdrawal(createWithdrawal(offer.url, group, options.signer.webId, options.at), options.signer),
    ]),
  );
  await Promise.all(writes.map(([url, quads]) => appendToIndex(url, quads, options)));
}

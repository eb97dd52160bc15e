import { coarsePlace } from '../places/coarse-place.js';
import { ensureContainer } from '../pod/create-container.js';
import { documentUrl } from '../pod/document-url.js';
import { createOffer, deleteOffer, saveOffer, type Offer, type OfferInit } from '../records/types/offer.js';
import { registerClass } from '../type-index/register-class.js';
import { VF } from '../vocab/terms.generated.js';
import { editOffer, renewOffer } from './offer-lifecycle.js';
import { setOfferReaders } from './offer-readers-acl.js';
import { publishOffer, unpublishOffer, type MarketplaceWriteOptions } from './publish-offer.js';

/** The container of a member's offers and wants: `<storage>mutua/offers/`. */
export function offersContainerOf(storage: string): string {
  return new URL('mutua/offers/', storage.endsWith('/') ? storage : `${storage}/`).href;
}

async function store(offer: Offer, options: MarketplaceWriteOptions): Promise<Offer> {
  // Every write path goes through here, so no offer is stored with finer coordinates than ~1 km.
  const saved = await saveOffer(offer.location ? { ...offer, location: coarsePlace(offer.location) } : offer, options);
  const readers = saved.visibility === 'public' ? ({ kind: 'public' } as const) : ({ kind: 'members', groups: saved.groups } as const);
  await setOfferReaders(documentUrl(saved.url), options.signer.webId, readers, options);
  return saved;
}

/**
 * Creates an offer in the author's pod (registered in their public Type Index), then lists a
 * signed entry in each chosen group's marketplace. Returns the stored offer.
 */
export async function postOffer(storage: string, init: OfferInit, options: MarketplaceWriteOptions): Promise<Offer> {
  if (init.creator !== options.signer.webId) throw new TypeError(`An offer by ${init.creator} cannot be posted as ${options.signer.webId}`);
  const container = await ensureContainer(offersContainerOf(storage), options);
  await registerClass(options.signer.webId, VF.Proposal, { instanceContainer: container }, { ...options, visibility: 'public' });
  const saved = await store(createOffer(container, init), options);
  await publishOffer(saved, options);
  return saved;
}

/** Saves the edited offer (it must have been read: ETag) and lists the new version; old listings elsewhere are withdrawn. */
export async function updateOffer(previous: Offer, changes: Parameters<typeof editOffer>[1], options: MarketplaceWriteOptions & { readonly now?: Date }): Promise<Offer> {
  const saved = await store(editOffer(previous, changes, options.now), options);
  await publishOffer(saved, { ...options, previous });
  return saved;
}

/** Extends the offer's expiry and lists it again. */
export async function renewMemberOffer(offer: Offer, options: MarketplaceWriteOptions & { readonly now?: Date; readonly expires?: string }): Promise<Offer> {
  const renewed = renewOffer(offer, options.now, options.expires);
  const saved = await store(renewed, options);
  await publishOffer(saved, options);
  return saved;
}

/** Takes the offer off every marketplace but keeps it in the author's pod. */
export async function pauseOffer(offer: Offer, options: MarketplaceWriteOptions): Promise<void> {
  await unpublishOffer(offer, options);
}

/** Lists a paused offer again as it is. */
export async function resumeOffer(offer: Offer, options: MarketplaceWriteOptions): Promise<void> {
  await publishOffer(offer, options);
}

/** Withdraws the offer from every marketplace, then deletes it from the author's pod. */
export async function withdrawOffer(offer: Offer, options: MarketplaceWriteOptions): Promise<void> {
  await unpublishOffer(offer, options);
  await deleteOffer(offer, options);
}

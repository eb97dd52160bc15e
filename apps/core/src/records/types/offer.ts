import { dateTime, integer, text } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { either, node } from '../node-codecs.js';
import { many, one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA, SCHEMA, VF } from '../../vocab/terms.generated.js';
import { placeNode } from './place-node.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

const intentNode = node('intent', {
  types: [VF.Intent],
  fields: {
    action: one(VF.action, oneOf({ service: VF.deliverService, transfer: VF.transfer, loan: VF.transferCustody })),
    categories: many(VF.resourceClassifiedAs, iri),
    provider: optional(VF.provider, iri),
    receiver: optional(VF.receiver, iri),
  },
});

const priceNode = node('price', {
  types: [MUTUA.PriceHint],
  fields: { amount: one(MUTUA.amount, integer), currency: one(MUTUA.currency, iri) },
});

const priceHint = either(
  oneOf({ free: MUTUA.Free, negotiable: MUTUA.Negotiable }),
  priceNode,
  (value): value is 'free' | 'negotiable' => typeof value === 'string',
);

/** An offer or a want: a ValueFlows proposal publishing one intent, in the author's pod. */
export const offerType = defineRecordType({
  name: 'offer',
  classIri: VF.Proposal,
  fields: {
    purpose: one(VF.purpose, oneOf({ offer: VF.offer, request: VF.request })),
    title: one(VF.name, text),
    description: optional(VF.note, text),
    intent: one(VF.publishes, intentNode),
    expires: one(VF.hasEnd, dateTime),
    groups: many(VF.proposedTo, iri),
    visibility: one(MUTUA.visibility, oneOf({ public: MUTUA.Public, membersOnly: MUTUA.MembersOnly })),
    /** "free", "negotiable", or an indicative amount in minor units of a currency. */
    price: optional(MUTUA.priceHint, priceHint),
    images: many(SCHEMA.image, iri),
    location: optional(SCHEMA.location, placeNode),
    creator: one(DCTERMS.creator, iri),
    created: one(DCTERMS.created, dateTime),
    modified: optional(DCTERMS.modified, dateTime),
  },
});

export type Offer = RecordOf<typeof offerType>;
export type OfferInit = RecordInit<typeof offerType>;

/** A new offer in `containerUrl`, not saved yet (pure). */
export function createOffer(containerUrl: string, init: OfferInit): Offer {
  return createRecord(offerType, containerUrl, init);
}

/** Reads the offer at `url`, validated against its shape; throws a typed error otherwise. */
export function getOffer(url: string, options?: PodRequestOptions): Promise<Offer> {
  return getRecord(offerType, url, options);
}

/** Validates the offer, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveOffer(offer: Offer, options?: PodRequestOptions): Promise<Offer> {
  return saveRecord(offerType, offer, options);
}

/** Deletes the offer's document if unchanged since read. */
export function deleteOffer(offer: Offer, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(offerType, offer, options);
}

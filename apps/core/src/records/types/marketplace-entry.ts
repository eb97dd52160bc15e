import { dateTime, text } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { many, one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA, SCHEMA, SEC, VF } from '../../vocab/terms.generated.js';
import { placeNode } from './place-node.js';
import { proofNode } from './proof-node.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** A signed summary of one offer in the group's marketplace index. */
export const marketplaceEntryType = defineRecordType({
  name: 'marketplace-entry',
  classIri: MUTUA.MarketplaceEntry,
  fields: {
    offer: one(MUTUA.offer, iri),
    title: one(DCTERMS.title, text),
    /** The start of the offer's description (at most SUMMARY_LENGTH characters), so searches find words in it. */
    description: optional(DCTERMS.description, text),
    kind: one(MUTUA.kind, oneOf({ offer: VF.offer, request: VF.request })),
    categories: many(DCTERMS.subject, iri),
    expires: one(SCHEMA.expires, dateTime),
    creator: one(DCTERMS.creator, iri),
    group: one(MUTUA.group, iri),
    modified: optional(DCTERMS.modified, dateTime),
    /** The offer's coarse place (coordinates rounded), so browsing can sort by distance without reading the offer. */
    location: optional(SCHEMA.location, placeNode),
    proofs: many(SEC.proof, proofNode),
  },
});

export type MarketplaceEntry = RecordOf<typeof marketplaceEntryType>;
export type MarketplaceEntryInit = RecordInit<typeof marketplaceEntryType>;

/** A new marketplace entry in `containerUrl`, not saved yet (pure). */
export function createMarketplaceEntry(containerUrl: string, init: MarketplaceEntryInit): MarketplaceEntry {
  return createRecord(marketplaceEntryType, containerUrl, init);
}

/** Reads the marketplace entry at `url`, validated against its shape; throws a typed error otherwise. */
export function getMarketplaceEntry(url: string, options?: PodRequestOptions): Promise<MarketplaceEntry> {
  return getRecord(marketplaceEntryType, url, options);
}

/** Validates the marketplace entry, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveMarketplaceEntry(marketplaceEntry: MarketplaceEntry, options?: PodRequestOptions): Promise<MarketplaceEntry> {
  return saveRecord(marketplaceEntryType, marketplaceEntry, options);
}

/** Deletes the marketplace entry's document if unchanged since read. */
export function deleteMarketplaceEntry(marketplaceEntry: MarketplaceEntry, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(marketplaceEntryType, marketplaceEntry, options);
}

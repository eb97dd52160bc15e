import type { Quad } from 'n3';
import { recordToQuads } from '../records/record-quads.js';
import { marketplaceEntryType, type MarketplaceEntry } from '../records/types/marketplace-entry.js';
import { documentUrl } from '../pod/document-url.js';
import { signRecord } from '../signing/sign-record.js';
import type { MarketplaceSigner } from './marketplace-signer.js';

/** The entry's triples with its author's eddsa-rdfc-2022 proof at `<entry doc>#proof`. */
export async function signEntry(entry: MarketplaceEntry, signer: MarketplaceSigner, created?: Date | string): Promise<Quad[]> {
  if (entry.creator !== signer.webId) throw new TypeError(`Cannot sign an entry by ${entry.creator} as ${signer.webId}`);
  const quads = recordToQuads(marketplaceEntryType, { ...entry, proofs: [] });
  const proof = await signRecord(quads, {
    privateKey: signer.privateKey,
    verificationMethod: signer.keyId,
    proofId: `${documentUrl(entry.url)}#proof`,
    subject: entry.url,
    // Milliseconds: an edit, pause or resume in the same second must still order after the last act.
    created: created ?? new Date().toISOString(),
  });
  return [...quads, ...(proof as Quad[])];
}

import { DataFactory, type Quad } from 'n3';
import { signRecord } from '../signing/sign-record.js';
import type { MarketplaceSigner } from './marketplace-signer.js';
import { AS_ACTOR, AS_DELETE, AS_OBJECT, AS_PUBLISHED, AS_TARGET, RDF_TYPE, XSD_DATE_TIME } from './marketplace-terms.internal.js';

const { namedNode, literal, quad } = DataFactory;

/** A signed statement by an author that their offer is no longer listed in a group. */
export interface Withdrawal {
  /** `urn:uuid:…#it` */
  readonly url: string;
  readonly offer: string;
  readonly group: string;
  readonly actor: string;
  /** When it was withdrawn; entries modified at or before this time are hidden. */
  readonly published: string;
}

/** A withdrawal of `offer` from `group` by the signer, at `at` (pure). */
export function createWithdrawal(offer: string, group: string, actor: string, at: Date = new Date()): Withdrawal {
  return { url: `urn:uuid:${globalThis.crypto.randomUUID()}#it`, offer, group, actor, published: at.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

/** The withdrawal's triples: an ActivityStreams Delete of the offer, targeted at the group. */
export function withdrawalToQuads(withdrawal: Withdrawal): Quad[] {
  const s = namedNode(withdrawal.url);
  return [
    quad(s, namedNode(RDF_TYPE), namedNode(AS_DELETE)),
    quad(s, namedNode(AS_ACTOR), namedNode(withdrawal.actor)),
    quad(s, namedNode(AS_OBJECT), namedNode(withdrawal.offer)),
    quad(s, namedNode(AS_TARGET), namedNode(withdrawal.group)),
    quad(s, namedNode(AS_PUBLISHED), literal(withdrawal.published, namedNode(XSD_DATE_TIME))),
  ];
}

/** The withdrawal's triples with the actor's proof. */
export async function signWithdrawal(withdrawal: Withdrawal, signer: MarketplaceSigner): Promise<Quad[]> {
  if (withdrawal.actor !== signer.webId) throw new TypeError(`Cannot sign a withdrawal by ${withdrawal.actor} as ${signer.webId}`);
  const quads = withdrawalToQuads(withdrawal);
  const proof = await signRecord(quads, {
    privateKey: signer.privateKey,
    verificationMethod: signer.keyId,
    proofId: `${withdrawal.url.replace(/#.*$/, '')}#proof`,
    subject: withdrawal.url,
    created: new Date().toISOString(),
  });
  return [...quads, ...(proof as Quad[])];
}

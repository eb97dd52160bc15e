import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { decodeMultikey } from './multikey.js';
import { RDF_TYPE, SEC_ASSERTION_METHOD, SEC_CONTROLLER, SEC_MULTIBASE, SEC_MULTIKEY, SEC_PUBLIC_KEY_MULTIBASE } from './security-terms.internal.js';

const { quad, namedNode, literal } = DataFactory;

/** What a profile says about one signing key. */
export interface ProfileKey {
  /** The WebID that controls the key, e.g. `https://pod/profile/card#me`. */
  readonly webId: string;
  /** The key's IRI, e.g. `https://pod/profile/card#key-1`. */
  readonly keyId: string;
  /** publicKeyMultibase of the Ed25519 public key ("z6Mk…"). */
  readonly publicKeyMultibase: string;
}

/** The triples that publish a signing key in a profile: a sec:Multikey the WebID lists as assertion method. */
export function createProfileKeyQuads({ webId, keyId, publicKeyMultibase }: ProfileKey): Quad[] {
  decodeMultikey(publicKeyMultibase); // refuse to publish something that is not an Ed25519 Multikey
  const key = namedNode(keyId);
  return [
    quad(namedNode(webId), namedNode(SEC_ASSERTION_METHOD), key),
    quad(key, namedNode(RDF_TYPE), namedNode(SEC_MULTIKEY)),
    quad(key, namedNode(SEC_CONTROLLER), namedNode(webId)),
    quad(key, namedNode(SEC_PUBLIC_KEY_MULTIBASE), literal(publicKeyMultibase, namedNode(SEC_MULTIBASE))),
  ] as Quad[];
}

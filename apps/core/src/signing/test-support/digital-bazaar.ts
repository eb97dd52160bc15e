import type { Quad } from '@rdfjs/types';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import multikeyContext from '@digitalbazaar/multikey-context';
import securityContext from '@digitalbazaar/security-context';
import jsonld from 'jsonld';
import jsigs from 'jsonld-signatures';
import { writeQuads } from './rdf.js';

// Helpers to drive Digital Bazaar's jsonld-signatures stack offline, as an independent verifier.

export const DI_V2 = 'https://w3id.org/security/data-integrity/v2';
const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';
const SECURITY_V2 = 'https://w3id.org/security/v2';

/** One signer the loader knows: its Multikey and the WebID that lists it as an assertion method. */
export interface KnownKey {
  readonly id: string;
  readonly controller: string;
  readonly publicKeyMultibase: string;
}

/** A document loader that serves the contexts and keys from memory and refuses anything else. */
export function staticDocumentLoader(keys: readonly KnownKey[]) {
  const documents = new Map<string, unknown>([
    [DI_V2, dataIntegrityContext.contexts.get(DI_V2)],
    [MULTIKEY_V1, multikeyContext.contexts.get(MULTIKEY_V1)],
    [SECURITY_V2, securityContext.contexts.get(SECURITY_V2)],
  ]);
  for (const key of keys) {
    documents.set(key.id, { '@context': MULTIKEY_V1, type: 'Multikey', ...key });
    documents.set(key.controller, { '@context': SECURITY_V2, id: key.controller, assertionMethod: [key.id] });
  }
  return async (url: string) => {
    const document = documents.get(url);
    if (document === undefined) throw new Error(`offline document loader: no document for ${url}`);
    return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
  };
}

/** The single-subject record as a JSON-LD object with the Data Integrity context, proofs left out. */
export async function toJsonLd(document: readonly Quad[]): Promise<Record<string, unknown>> {
  const nodes = await jsonld.fromRDF(writeQuads(document, 'N-Quads'), { format: 'application/n-quads' });
  if (nodes.length !== 1) throw new Error(`expected one node, got ${nodes.length}`);
  return { '@context': DI_V2, ...nodes[0] };
}

/** A Digital Bazaar eddsa-rdfc-2022 suite, for signing when given a key pair. */
export function suite(keyPair?: { signer(): unknown }, date?: string) {
  return new DataIntegrityProof({ cryptosuite: eddsaRdfc2022, ...(keyPair ? { signer: keyPair.signer() } : {}), ...(date ? { date } : {}) });
}

/** Verify with jsonld-signatures: how many proofs verified, or false when any proof failed or none was found. */
export async function verifyWithDigitalBazaar(signed: unknown, keys: readonly KnownKey[]): Promise<number | false> {
  const result = await jsigs.verify(signed, {
    suite: suite(),
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader: staticDocumentLoader(keys),
  });
  const results: { verified: boolean }[] = result.results ?? [];
  return results.length > 0 && results.every((r) => r.verified) ? results.length : false;
}

/** Sign with jsonld-signatures (safe mode), adding to the proof set. */
export async function signWithDigitalBazaar(document: unknown, keyPair: { signer(): unknown }, keys: readonly KnownKey[], date: string) {
  return jsigs.sign(structuredClone(document), {
    suite: suite(keyPair, date),
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader: staticDocumentLoader(keys),
  });
}

/** The RDF dataset of a JSON-LD document (safe mode: unmapped terms are an error, not dropped). */
export async function jsonLdToNQuads(document: unknown, keys: readonly KnownKey[]): Promise<string> {
  return jsonld.toRDF(document, { format: 'application/n-quads', safe: true, documentLoader: staticDocumentLoader(keys) });
}

import type { Quad } from '@rdfjs/types';
import { canonicalize } from './canonicalize.js';
import { sha256 } from './sha256.js';

// eddsa-rdfc-2022 signs SHA-256(canonical proof configuration) followed by
// SHA-256(canonical unsecured document): 64 bytes, proof configuration first.

/** SHA-256 of the canonical N-Quads of some quads. */
export async function canonicalHash(quads: readonly Quad[]): Promise<Uint8Array<ArrayBuffer>> {
  return sha256(await canonicalize(quads));
}

/** The 64 bytes an eddsa-rdfc-2022 signature covers. */
export async function proofHashData(config: readonly Quad[], documentHash: Promise<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const [configHash, docHash] = await Promise.all([canonicalHash(config), documentHash]);
  const data = new Uint8Array(configHash.length + docHash.length);
  data.set(configHash, 0);
  data.set(docHash, configHash.length);
  return data;
}

import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { canonicalize } from '../signing/canonicalize.js';
import { sha256Hex } from '../signing/sha256.js';
import { T } from './ledger-terms.internal.js';
import type { EntryHashInput } from './log-entry.js';

const { quad, namedNode, literal, blankNode } = DataFactory;

/** SHA-256 hex of the record's canonical N-Quads, proofs included (mutua:transferHash). */
export async function computeTransferHash(record: readonly Quad[]): Promise<string> {
  return sha256Hex(await canonicalize(record));
}

/** SHA-256 hex of the canonical N-Quads of the entry's sequence, previous hash and transfer hash (mutua:entryHash). */
export async function computeEntryHash(entry: EntryHashInput): Promise<string> {
  return sha256Hex(await canonicalize(entryHashQuads(entry)));
}

// The entry is a blank node here so the hash does not depend on where the ledger is stored:
// a mirror of the log at another address keeps the same chain. One blank node: canonical label c14n0.
function entryHashQuads({ sequence, previousHash, transferHash }: EntryHashInput): Quad[] {
  const entry = blankNode('entry');
  return [
    quad(entry, namedNode(T.sequence), literal(String(sequence), namedNode(T.integer))),
    quad(entry, namedNode(T.previousHash), literal(previousHash)),
    quad(entry, namedNode(T.transferHash), literal(transferHash)),
  ] as Quad[];
}

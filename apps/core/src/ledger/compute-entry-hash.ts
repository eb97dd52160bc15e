import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { canonicalize } from '../signing/canonicalize.js';
import { canonicalIri, canonicalLiteral } from '../signing/canonical-terms.internal.js';
import { sha256Hex } from '../signing/sha256.js';
import { T } from './ledger-terms.internal.js';
import type { EntryHashInput } from './log-entry.js';

const { quad, namedNode, literal, blankNode } = DataFactory;
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** SHA-256 hex of the record's canonical N-Quads, proofs included (mutua:transferHash). */
export async function computeTransferHash(record: readonly Quad[]): Promise<string> {
  return sha256Hex(await canonicalize(record));
}

/** SHA-256 hex of the canonical N-Quads of the entry's sequence, previous hash and transfer hash (mutua:entryHash). */
export async function computeEntryHash(entry: EntryHashInput): Promise<string> {
  return sha256Hex(entryHashNQuads(entry));
}

// The entry is a blank node here so the hash does not depend on where the ledger is stored:
// a mirror of the log at another address keeps the same chain. One blank node: canonical label
// c14n0, so the canonical form is the three lines in sorted order (equal to canonicalize(entryHashQuads),
// which verify-entries.test.ts checks against rdf-canonize), written without building quads.

/** The canonical N-Quads the entry hash covers. */
export function entryHashNQuads({ sequence, previousHash, transferHash }: EntryHashInput): string {
  // The three lines share everything up to the predicate's local name, so their sorted order is
  // always previousHash, sequence, transferHash: no sort is needed for a value replay makes per entry.
  return (
    entryHashLine(T.previousHash, canonicalLiteral(previousHash, XSD_STRING, '')) +
    entryHashLine(T.sequence, canonicalLiteral(String(sequence), T.integer, '')) +
    entryHashLine(T.transferHash, canonicalLiteral(transferHash, XSD_STRING, ''))
  );
}

function entryHashLine(predicate: string, object: string): string {
  return `_:c14n0 ${canonicalIri(predicate)} ${object} .\n`;
}

/** The entry hash's statements as quads, the entry a blank node: the reference form of entryHashNQuads. */
export function entryHashQuads({ sequence, previousHash, transferHash }: EntryHashInput): Quad[] {
  const entry = blankNode('entry');
  return [
    quad(entry, namedNode(T.sequence), literal(String(sequence), namedNode(T.integer))),
    quad(entry, namedNode(T.previousHash), literal(previousHash)),
    quad(entry, namedNode(T.transferHash), literal(transferHash)),
  ] as Quad[];
}

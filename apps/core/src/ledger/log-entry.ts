import type { Quad } from '@rdfjs/types';

/** previousHash of entry 0: 64 zeros (see mutua:previousHash). */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields the entry hash covers. */
export interface EntryHashInput {
  readonly sequence: number;
  readonly previousHash: string;
  readonly transferHash: string;
}

/** One position of a group's hash-chained ledger, with the signed transfer record it holds. */
export interface LogEntry extends EntryHashInput {
  /** SHA-256 hex over sequence, previousHash and transferHash; the next entry's previousHash. */
  readonly entryHash: string;
  /** IRI of the transfer (the record's subject). */
  readonly transfer: string;
  /** The signed transfer record, proofs included; transferHash is the SHA-256 of its canonical N-Quads. */
  readonly record: readonly Quad[];
  /** When the entry was appended (informational; outside the hash chain). */
  readonly created?: string;
}

import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import { T } from './ledger-terms.internal.js';
import type { LogEntry } from './log-entry.js';

const { quad, namedNode, literal } = DataFactory;

/**
 * Entry documents are N-Quads served as a non-RDF type (decision 0025): with Append a member
 * could otherwise add triples to an existing entry through an N3 Patch; the server refuses to
 * patch a non-RDF document, so a written entry can neither change nor grow.
 */
export const ENTRY_CONTENT_TYPE = 'text/plain; charset=utf-8';

/** The entry node in an entry document at `url`. */
export function entryNodeOf(url: string): string {
  return `${url}#entry`;
}

/** The N-Quads of an entry document: the entry's position and hashes, then the signed record. */
export function serializeEntry(entry: LogEntry, url: string, group: string): string {
  return new Writer({ format: 'N-Quads' }).quadsToString([...entryQuads(entry, url, group), ...entry.record]);
}

/** The quads describing the entry itself (not the record it holds). */
export function entryQuads(entry: LogEntry, url: string, group: string): Quad[] {
  const it = namedNode(entryNodeOf(url));
  const text = (p: string, value: string) => quad(it, namedNode(p), literal(value));
  return [
    quad(it, namedNode(T.type), namedNode(T.LedgerEntry)),
    quad(it, namedNode(T.group), namedNode(group)),
    quad(it, namedNode(T.sequence), literal(String(entry.sequence), namedNode(T.integer))),
    text(T.previousHash, entry.previousHash),
    quad(it, namedNode(T.transfer), namedNode(entry.transfer)),
    text(T.transferHash, entry.transferHash),
    text(T.entryHash, entry.entryHash),
    ...(entry.created !== undefined ? [quad(it, namedNode(T.created), literal(entry.created, namedNode(T.dateTime)))] : []),
  ] as Quad[];
}

/** Reads an entry document; anything missing becomes a value replay flags (hashes that cannot match). */
export function parseEntry(body: string, url: string): LogEntry {
  const quads = new Parser({ format: 'N-Quads' }).parse(body) as Quad[];
  return entryFromQuads(quads, url);
}

/** The log entry in the quads of an entry document at `url`. */
export function entryFromQuads(quads: readonly Quad[], url: string): LogEntry {
  const node = entryNodeOf(url);
  const own = quads.filter((q) => q.subject.value === node);
  const value = (p: string): string | undefined => {
    const found = own.filter((q) => q.predicate.value === p);
    return found.length === 1 ? found[0]?.object.value : undefined;
  };
  const sequence = Number(value(T.sequence));
  const created = value(T.created);
  return {
    // A missing or doubled value is kept as an impossible one, so replay names the entry.
    sequence: Number.isSafeInteger(sequence) ? sequence : -1,
    previousHash: value(T.previousHash) ?? '',
    transferHash: value(T.transferHash) ?? '',
    entryHash: value(T.entryHash) ?? '',
    transfer: value(T.transfer) ?? '',
    record: quads.filter((q) => q.subject.value !== node),
    ...(created !== undefined ? { created } : {}),
  };
}

/** An entry document read without knowing its group URL (a member's copy, an inbox item): the entry and where it sits in the group log. */
export function parseEntryCopy(body: string, baseIri?: string): { readonly entry: LogEntry; readonly entryUrl: string; readonly group: string } | undefined {
  const quads = new Parser({ format: 'N-Quads', ...(baseIri !== undefined ? { baseIRI: baseIri } : {}) }).parse(body) as Quad[];
  const nodes = quads.filter((q) => q.predicate.value === T.type && q.object.value === T.LedgerEntry).map((q) => q.subject.value);
  const node = nodes.length === 1 ? nodes[0] : undefined;
  if (node === undefined || !node.endsWith('#entry')) return undefined;
  const group = quads.find((q) => q.subject.value === node && q.predicate.value === T.group)?.object.value;
  if (group === undefined) return undefined;
  const entryUrl = node.slice(0, -'#entry'.length);
  return { entry: entryFromQuads(quads, entryUrl), entryUrl, group };
}

import type { BlankNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import { entryFromQuads, entryNodeOf, entryQuads } from './entry-document.js';
import { ENTRIES_PER_PAGE, entryUrl } from './group-ledger-layout.js';
import { T } from './ledger-terms.internal.js';
import type { LogEntry } from './log-entry.js';

const { quad, blankNode } = DataFactory;

/** Thrown when a page document is not exactly the run of entries its URL names. */
export class LedgerPageError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`The ledger page ${url} cannot be used: ${reason}`);
    this.name = 'LedgerPageError';
  }
}

/** The positions page `page` holds: its first and last. */
export function pageRange(page: number): { readonly first: number; readonly last: number } {
  return { first: page * ENTRIES_PER_PAGE, last: (page + 1) * ENTRIES_PER_PAGE - 1 };
}

/**
 * The N-Quads of a ledger page: each entry's own document, one after another, with the entry
 * nodes named as in the entry documents so queries see the same triples either way. Blank
 * nodes get a per-position label, so two records can never share one once concatenated.
 */
export function serializePage(entries: readonly LogEntry[], group: string): string {
  const quads: Quad[] = [];
  for (const entry of entries) {
    const relabel = (term: Term): Term =>
      term.termType === 'BlankNode' ? blankNode(`p${entry.sequence}_${term.value}`) : term;
    for (const q of [...entryQuads(entry, entryUrl(group, entry.sequence), group), ...entry.record]) {
      quads.push(
        quad(
          relabel(q.subject) as Quad['subject'],
          q.predicate,
          relabel(q.object) as Quad['object'],
          relabel(q.graph) as Quad['graph'],
        ) as Quad,
      );
    }
  }
  return new Writer({ format: 'N-Quads' }).quadsToString(quads);
}

/**
 * The entries of page `page` of `group`'s log, read from the page document at `url`. Throws
 * LedgerPageError unless it holds exactly that page's positions, each under its own entry
 * node; the hashes and signatures are checked later, like any entry's.
 */
export function parsePage(body: string, url: string, group: string, page: number): LogEntry[] {
  let quads: Quad[];
  try {
    // Keep the writer's labels: they say which entry a blank node belongs to.
    quads = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(body) as Quad[];
  } catch (error) {
    throw new LedgerPageError(url, `it is not N-Quads (${(error as Error).message})`);
  }
  return pageEntriesFromQuads(quads, url, group, page);
}

/** The entries of page `page` in the quads of its document (see parsePage). */
export function pageEntriesFromQuads(quads: readonly Quad[], url: string, group: string, page: number): LogEntry[] {
  const { first, last } = pageRange(page);
  const nodes = new Map<string, number>();
  for (let sequence = first; sequence <= last; sequence++) nodes.set(entryNodeOf(entryUrl(group, sequence)), sequence);
  const typed = quads
    .filter((q) => q.predicate.value === T.type && q.object.value === T.LedgerEntry)
    .map((q) => q.subject.value);
  if (
    typed.length !== ENTRIES_PER_PAGE ||
    new Set(typed).size !== ENTRIES_PER_PAGE ||
    typed.some((node) => !nodes.has(node))
  ) {
    throw new LedgerPageError(
      url,
      `it must hold the ${ENTRIES_PER_PAGE} entries at positions ${first} to ${last}, and only those`,
    );
  }

  // Each quad belongs to the entry whose node, transfer document or blank-node label it names.
  const owner = new Map<string, number>();
  for (const q of quads) {
    const sequence = nodes.get(q.subject.value);
    if (sequence !== undefined && q.predicate.value === T.transfer) owner.set(documentOf(q.object.value), sequence);
  }
  const byPosition = new Map<number, Quad[]>();
  for (const q of quads) {
    const sequence = nodes.get(q.subject.value) ?? ownerOf(q.subject, owner) ?? ownerOf(q.graph, owner);
    if (sequence === undefined)
      throw new LedgerPageError(url, `a statement about ${q.subject.value} belongs to none of its entries`);
    const list = byPosition.get(sequence) ?? [];
    list.push(q);
    byPosition.set(sequence, list);
  }
  const entries: LogEntry[] = [];
  for (let sequence = first; sequence <= last; sequence++) {
    const entry = entryFromQuads(byPosition.get(sequence) ?? [], entryUrl(group, sequence));
    if (entry.sequence !== sequence)
      throw new LedgerPageError(url, `the entry at position ${sequence} says it is at ${entry.sequence}`);
    entries.push(entry);
  }
  return entries;
}

function ownerOf(term: Term, owner: ReadonlyMap<string, number>): number | undefined {
  if (term.termType === 'NamedNode') return owner.get(documentOf(term.value));
  if (term.termType === 'BlankNode') {
    // A parser may prefix the label (n3 does, unless told not to): the writer's part comes after.
    const match = /(?:^|_)p(\d+)_/.exec((term as BlankNode).value);
    return match ? Number(match[1]) : undefined;
  }
  return undefined;
}

function documentOf(iri: string): string {
  const hash = iri.indexOf('#');
  return hash === -1 ? iri : iri.slice(0, hash);
}

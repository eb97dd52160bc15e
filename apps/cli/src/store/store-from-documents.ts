import type { RdfResource } from '@mutua/core';
import { Writer } from 'n3';
import { expandSnapshots } from './expand-snapshots.js';
import type { OxigraphModule, QuadStore } from './quad-store.js';

/**
 * An Oxigraph store, from whichever build `oxigraph` is (node or browser), holding each document
 * in a named graph of its own URL, so queries can still ask where a fact came from; the default
 * graph is their union when querying. Signed records kept as snapshots in shared documents
 * (ballots, discussions) are expanded into a graph of their own, so votes and comments are
 * queryable like any record.
 */
export function storeFromDocumentsWith<S extends QuadStore>(oxigraph: OxigraphModule<S>, documents: readonly RdfResource[]): S {
  const writer = new Writer({ format: 'N-Quads' });
  const lines: string[] = [];
  for (const document of documents) {
    const graph = { termType: 'NamedNode', value: document.url } as const;
    for (const quad of document.quads) lines.push(writer.quadToString(quad.subject, quad.predicate, quad.object, graph as never));
    for (const snapshot of expandSnapshots(document)) {
      const node = { termType: 'NamedNode', value: snapshot.node } as const;
      for (const quad of snapshot.quads) lines.push(writer.quadToString(quad.subject, quad.predicate, quad.object, node as never));
    }
  }
  const store = new oxigraph.Store();
  // n3 labels blank nodes uniquely per parse, so documents cannot share a blank node by accident.
  store.load(lines.join(''), { format: 'application/n-quads' });
  return store;
}

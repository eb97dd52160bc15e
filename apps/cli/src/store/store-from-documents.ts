import type { RdfResource } from '@mutua/core';
import { Writer } from 'n3';
import { expandSnapshots, expandSnapshotsAsync, type Snapshot } from './expand-snapshots.js';
import type { OxigraphModule, QuadStore } from './quad-store.js';

/**
 * An Oxigraph store, from whichever build `oxigraph` is (node or browser), holding each document
 * in a named graph of its own URL, so queries can still ask where a fact came from; the default
 * graph is their union when querying. Signed records kept as snapshots in shared documents
 * (ballots, discussions) are expanded into a graph of their own, so votes and comments are
 * queryable like any record. The default `snapshotsOf` hashes synchronously (Node only);
 * browsers use storeFromDocumentsAsync.
 */
export function storeFromDocumentsWith<S extends QuadStore>(
  oxigraph: OxigraphModule<S>,
  documents: readonly RdfResource[],
  snapshotsOf: (document: RdfResource) => readonly Snapshot[] = expandSnapshots,
): S {
  const writer = new Writer({ format: 'N-Quads' });
  const lines: string[] = [];
  for (const document of documents) {
    const graph = { termType: 'NamedNode', value: document.url } as const;
    for (const quad of document.quads)
      lines.push(writer.quadToString(quad.subject, quad.predicate, quad.object, graph as never));
    for (const snapshot of snapshotsOf(document)) {
      const node = { termType: 'NamedNode', value: snapshot.node } as const;
      for (const quad of snapshot.quads)
        lines.push(writer.quadToString(quad.subject, quad.predicate, quad.object, node as never));
    }
  }
  const store = new oxigraph.Store();
  // n3 labels blank nodes uniquely per parse, so documents cannot share a blank node by accident.
  store.load(lines.join(''), { format: 'application/n-quads' });
  return store;
}

/** storeFromDocumentsWith for any runtime (a browser too): snapshot hashes are checked with WebCrypto first. */
export async function storeFromDocumentsAsync<S extends QuadStore>(
  oxigraph: OxigraphModule<S>,
  documents: readonly RdfResource[],
): Promise<S> {
  const expanded = await Promise.all(documents.map(expandSnapshotsAsync));
  const byDocument = new Map(documents.map((document, i) => [document, expanded[i]!]));
  return storeFromDocumentsWith(oxigraph, documents, (document) => byDocument.get(document) ?? []);
}

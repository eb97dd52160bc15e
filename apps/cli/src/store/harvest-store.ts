import { readFile, writeFile } from 'node:fs/promises';
import type { RdfResource } from '@mutua/core';
import oxigraph from 'oxigraph';
import { storeFromDocumentsWith } from './store-from-documents.js';

export type HarvestStore = InstanceType<typeof oxigraph.Store>;

const N_QUADS = 'application/n-quads';

/** The documents in a store of Oxigraph's node build, one named graph each (see storeFromDocumentsWith). */
export function storeFromDocuments(documents: readonly RdfResource[]): HarvestStore {
  return storeFromDocumentsWith(oxigraph, documents);
}

/** Writes a harvested store as N-Quads, the file `mutua query --store` reads back. */
export async function saveStore(store: HarvestStore, path: string): Promise<void> {
  await writeFile(path, store.dump({ format: N_QUADS }));
}

/** Reads a store written by saveStore. */
export async function loadStore(path: string): Promise<HarvestStore> {
  const store = new oxigraph.Store();
  store.load(await readFile(path, 'utf8'), { format: N_QUADS });
  return store;
}

/**
 * The part of an Oxigraph store Mutua uses. The node build (`oxigraph`) and the browser build
 * (`oxigraph/web.js`) both fit, so the store code is written once for the CLI and the web app.
 */
export interface QuadStore {
  load(data: string, options: { format: string }): void;
  dump(options: { format: string }): string;
  query(query: string, options?: { results_format?: string; use_default_graph_as_union?: boolean }): unknown;
}

/** An Oxigraph module (node or web build, the latter initialised) as far as building a store goes. */
export interface OxigraphModule<S extends QuadStore = QuadStore> {
  readonly Store: new () => S;
}

import init, * as oxigraph from 'oxigraph/web.js';
import wasmUrl from 'oxigraph/web_bg.wasm?url';
import type { OxigraphModule, QuadStore } from './cli-api.internal.js';

let ready: Promise<OxigraphModule<QuadStore>> | undefined;

/** Oxigraph's browser build, its WebAssembly fetched and compiled on first use only. */
export function loadWebOxigraph(): Promise<OxigraphModule<QuadStore>> {
  ready ??= init({ module_or_path: wasmUrl }).then(
    () => oxigraph,
    (error: unknown) => {
      ready = undefined; // let a later run try again (the wasm fetch may have been a network blip)
      throw error;
    },
  );
  return ready;
}

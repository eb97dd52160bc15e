/**
 * A fetch that makes the browser check with the server before using a cached response.
 * CSS 7.2 sends Last-Modified but no Cache-Control, so browsers cache pod documents
 * heuristically (for a tenth of their age): without this a listing could hide a new ledger
 * entry or request for minutes, and "Verify again" could check an old copy of an entry.
 */
export function revalidatingFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return (input, init) => fetch(input, { ...init, cache: init?.cache ?? 'no-cache' });
}

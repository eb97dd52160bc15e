/** A fetch that gives up (and refuses new requests) once `signal` is aborted. */
export function abortableFetch(fetch: typeof globalThis.fetch, signal: AbortSignal): typeof globalThis.fetch {
  return (input, init) => {
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
  };
}

/** Options every pod I/O function accepts. */
export interface PodRequestOptions {
  /** The fetch to use: the session's authenticated fetch, or the global fetch for public data. */
  readonly fetch?: typeof fetch;
  /** Aborts the request (and the body download) when signalled. */
  readonly signal?: AbortSignal;
  /** Whole-request deadline, body included; defaults to 30 s. */
  readonly timeoutMs?: number;
  /** Largest body accepted in bytes; defaults to 5 MB. */
  readonly maxBytes?: number;
}

/** Defaults chosen for pod documents: records are kilobytes, indexes a few hundred KB. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

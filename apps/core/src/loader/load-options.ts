import type { PodRequestOptions } from '../pod/pod-request-options.js';

/** Called after each source settles, successfully or not. */
export type LoadProgress = (done: number, total: number, url: string) => void;

/** Options for loading many sources at once. */
export interface LoadOptions extends PodRequestOptions {
  /** Requests in flight at once; defaults to 6, what browsers allow per host. */
  readonly concurrency?: number;
  readonly onProgress?: LoadProgress;
}

/** One source that could not be used, with the typed error that says why. */
export interface LoadFailure {
  readonly url: string;
  readonly error: Error;
}

/** What a load returns: every good source, in input order, and one error per bad source. */
export interface LoadResult<T> {
  readonly results: readonly T[];
  readonly errors: readonly LoadFailure[];
}

export const DEFAULT_CONCURRENCY = 6;
/** A cross-pod read waits less than a single trusted write: one slow pod must not hold the page. */
export const DEFAULT_LOAD_TIMEOUT_MS = 10_000;
/** Record documents are a few KB; an index of thousands of entries stays under this. */
export const DEFAULT_LOAD_MAX_BYTES = 2 * 1024 * 1024;

import { DEFAULT_CONCURRENCY, DEFAULT_LOAD_MAX_BYTES, DEFAULT_LOAD_TIMEOUT_MS, type LoadFailure, type LoadOptions, type LoadResult } from './load-options.js';

/** The per-source task; it receives options with the load's defaults filled in. */
export type LoadTask<T> = (url: string, options: LoadOptions) => Promise<T>;

/**
 * Runs `task` on every URL with at most `concurrency` in flight, collecting results in input
 * order and turning each failure into one entry of `errors`. Only an abort of the whole load
 * (the caller's signal) rejects.
 */
export async function loadEach<T>(urls: readonly string[], task: LoadTask<T>, options: LoadOptions): Promise<LoadResult<T>> {
  const unique = [...new Set(urls)];
  const total = unique.length;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const taskOptions: LoadOptions = {
    ...options,
    timeoutMs: options.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_LOAD_MAX_BYTES,
  };
  const outcomes: ({ ok: true; value: T } | { ok: false; failure: LoadFailure } | undefined)[] = new Array(total);
  let next = 0;
  let done = 0;

  const worker = async (): Promise<void> => {
    while (next < total) {
      options.signal?.throwIfAborted();
      const index = next++;
      const url = unique[index]!;
      try {
        outcomes[index] = { ok: true, value: await task(url, taskOptions) };
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        outcomes[index] = { ok: false, failure: { url, error: error instanceof Error ? error : new Error(String(error)) } };
      }
      done += 1;
      options.onProgress?.(done, total, url);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));

  const results: T[] = [];
  const errors: LoadFailure[] = [];
  for (const outcome of outcomes) {
    if (outcome?.ok) results.push(outcome.value);
    else if (outcome) errors.push(outcome.failure);
  }
  return { results, errors };
}

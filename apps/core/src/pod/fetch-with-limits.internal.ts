import { TimeoutError } from '../errors/timeout-error.js';
import { TooLargeError } from '../errors/too-large-error.js';
import { UnreachableError } from '../errors/unreachable-error.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type PodRequestOptions } from './pod-request-options.js';

export interface LimitedResponse {
  readonly response: Response;
  readonly body: string;
}

/**
 * Sends one request and reads its whole body as text, within a deadline and a size limit.
 * The deadline covers the body too, because a server can stall after the headers.
 * Bodies are read chunk by chunk and the download is cancelled as soon as the limit is
 * passed, so a hostile 50 MB document never sits in memory.
 */
export async function fetchWithLimits(
  attempted: string,
  url: string,
  init: RequestInit,
  options: PodRequestOptions,
): Promise<LimitedResponse> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`timeout after ${timeoutMs} ms`));
  }, timeoutMs);
  const onOuterAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (options.signal?.aborted) controller.abort(options.signal.reason);
  try {
    let response: Response;
    try {
      // Raced against the signal too: a wrapped fetch that ignores it must not hang the caller.
      // `no-cache`: a browser may otherwise answer from its HTTP cache (CSS sends no
      // Cache-Control, so heuristic freshness applies), and a stale ETag makes every
      // conditional write that follows fail with 412.
      response = await untilAborted(fetchFn(url, { cache: 'no-cache', ...init, signal: controller.signal }), controller.signal);
    } catch (error) {
      if (timedOut) throw new TimeoutError(attempted, url, timeoutMs);
      if (options.signal?.aborted) throw options.signal.reason ?? error;
      throw new UnreachableError(attempted, url, error);
    }
    // A HEAD response announces the length of a body it never sends; there is nothing to limit.
    if ((init.method ?? 'GET').toUpperCase() === 'HEAD') {
      await response.body?.cancel().catch(() => undefined);
      return { response, body: '' };
    }
    try {
      const body = await readText(response, maxBytes, attempted, url, controller);
      return { response, body };
    } catch (error) {
      if (timedOut) throw new TimeoutError(attempted, url, timeoutMs);
      if (error instanceof TooLargeError) throw error;
      if (options.signal?.aborted) throw options.signal.reason ?? error;
      throw new UnreachableError(attempted, url, error);
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

async function readText(
  response: Response,
  maxBytes: number,
  attempted: string,
  url: string,
  controller: AbortController,
): Promise<string> {
  const announced = Number(response.headers.get('content-length') ?? Number.NaN);
  if (announced > maxBytes) {
    controller.abort();
    await response.body?.cancel().catch(() => undefined);
    throw new TooLargeError(attempted, url, maxBytes, announced);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  // Cancelling through the reader unblocks a pending read even if fetch ignored the signal.
  const onAbort = (): void => void reader.cancel(controller.signal.reason).catch(() => undefined);
  controller.signal.addEventListener('abort', onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (controller.signal.aborted) throw controller.signal.reason ?? new Error('aborted');
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(attempted, url, maxBytes);
    }
    chunks.push(value);
  }
  controller.signal.removeEventListener('abort', onAbort);
  return new TextDecoder().decode(concat(chunks, received));
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/** Whether a fetch failure is a connection reset (ECONNRESET, or the socket closed before any answer). */
function isReset(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause;
  return error instanceof TypeError && (cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET');
}

/**
 * Wraps a fetch so a request that hit a reset connection is sent again, a few times at most.
 * On a loaded machine the server closes idle keep-alive sockets just as the client reuses them;
 * such a request never reached the server, so sending it again is safe. Bodies must be strings
 * (every seed request's is), since a stream could not be sent twice.
 */
export function retryResets(fetchFn: typeof fetch, attempts = 4): typeof fetch {
  return async (input, init) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await fetchFn(input, init);
      } catch (error) {
        if (!isReset(error) || attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  };
}

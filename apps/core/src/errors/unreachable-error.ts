import { ResourceError } from './resource-error.js';

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // undici hides the socket error (ECONNREFUSED, ENOTFOUND…) one level down.
  const inner = (cause as { cause?: unknown }).cause;
  const code = inner && typeof inner === 'object' && 'code' in inner ? ` (${String((inner as { code: unknown }).code)})` : '';
  return `${cause.message}${code}`;
}

/** No HTTP response at all: refused connection, unknown host, reset socket, invalid URL. */
export class UnreachableError extends ResourceError {
  override readonly name = 'UnreachableError';

  constructor(attempted: string, url: string, cause: unknown) {
    super(attempted, url, `the server could not be reached: ${describeCause(cause)}`, { cause });
  }
}

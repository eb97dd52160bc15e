import { ResourceError } from './resource-error.js';

/** The server did not deliver the whole response in time; the request was aborted. */
export class TimeoutError extends ResourceError {
  override readonly name = 'TimeoutError';
  readonly timeoutMs: number;

  constructor(attempted: string, url: string, timeoutMs: number) {
    super(attempted, url, `no complete response within ${timeoutMs} ms; request aborted`);
    this.timeoutMs = timeoutMs;
  }
}

import { ResourceError } from './resource-error.js';

/**
 * A write lost a race: the resource changed (or appeared) since it was read, so the
 * conditional request was refused (HTTP 412) or the patch no longer applies (HTTP 409).
 * Nothing was overwritten.
 */
export class ConflictError extends ResourceError {
  override readonly name = 'ConflictError';
  /** The HTTP status that revealed the conflict, or null when a read-back did. */
  readonly status: number | null;

  constructor(attempted: string, url: string, detail: string, status: number | null = null) {
    super(attempted, url, detail);
    this.status = status;
  }
}

import { HttpError } from './http-error.js';

/** The resource does not exist (HTTP 404 or 410). */
export class NotFoundError extends HttpError {
  override readonly name = 'NotFoundError';

  constructor(attempted: string, url: string, status: number, statusText: string, serverMessage: string) {
    super(attempted, url, status, statusText, serverMessage, 'Check the link; the resource may have been deleted');
  }
}

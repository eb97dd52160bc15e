import { HttpError } from './http-error.js';

/** The server refused access (HTTP 401 without a login, 403 with one). */
export class AccessDeniedError extends HttpError {
  override readonly name = 'AccessDeniedError';

  constructor(attempted: string, url: string, status: number, statusText: string, serverMessage: string) {
    const hint =
      status === 401
        ? 'Log in first: the request carried no valid credentials'
        : 'The logged-in agent lacks the access mode this needs; ask the owner to grant it';
    super(attempted, url, status, statusText, serverMessage, hint);
  }
}

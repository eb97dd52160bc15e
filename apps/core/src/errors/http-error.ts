import { ResourceError } from './resource-error.js';

/** The server answered with an HTTP error status not covered by a more specific class. */
export class HttpError extends ResourceError {
  override readonly name: string = 'HttpError';
  readonly status: number;
  /** The start of the response body, which is where CSS explains itself. */
  readonly serverMessage: string;

  constructor(attempted: string, url: string, status: number, statusText: string, serverMessage: string, hint?: string) {
    const said = serverMessage ? ` — server said: ${JSON.stringify(serverMessage)}` : '';
    super(attempted, url, `HTTP ${status}${statusText ? ` ${statusText}` : ''}${said}${hint ? `. ${hint}` : ''}`);
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

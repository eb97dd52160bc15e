import { AccessDeniedError } from '../errors/access-denied-error.js';
import { ConflictError } from '../errors/conflict-error.js';
import { HttpError } from '../errors/http-error.js';
import { NotFoundError } from '../errors/not-found-error.js';

const MAX_MESSAGE_CHARS = 300;

/** The error class that fits an unsuccessful response, with what the server said in it. */
export function httpFailure(attempted: string, url: string, response: Response, body: string): HttpError | ConflictError {
  const said = serverMessage(body);
  const { status, statusText } = response;
  if (status === 401 || status === 403) return new AccessDeniedError(attempted, url, status, statusText, said);
  if (status === 404 || status === 410) return new NotFoundError(attempted, url, status, statusText, said);
  if (status === 409 || status === 412) return conflict(attempted, url, response, said);
  return new HttpError(attempted, url, status, statusText, said);
}

function conflict(attempted: string, url: string, response: Response, said: string): ConflictError {
  const http = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${said ? ` — server said: ${JSON.stringify(said)}` : ''}`;
  const why = response.status === 412 ? 'the resource changed (or already exists) since it was read' : 'the resource no longer matches the change';
  return new ConflictError(attempted, url, `${why} (${http}). Nothing was overwritten: read it again and reapply the change`, response.status);
}

/** CSS explains errors as JSON `{ name, message }`; other servers send text or HTML. */
function serverMessage(body: string): string {
  const trimmed = body.trim();
  if (trimmed.startsWith('{')) {
    try {
      const json = JSON.parse(trimmed) as { name?: unknown; message?: unknown };
      const parts = [json.name, json.message].filter((part) => typeof part === 'string' && part !== '');
      if (parts.length > 0) return clip(parts.join(': '));
    } catch {
      // Not JSON after all: fall through to the raw text.
    }
  }
  return clip(trimmed.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim());
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}

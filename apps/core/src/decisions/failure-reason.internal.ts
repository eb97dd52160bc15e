import { AccessDeniedError } from '../errors/access-denied-error.js';
import { ConflictError } from '../errors/conflict-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { ValidationError } from '../errors/validation-error.js';

const MAX_LENGTH = 2000;

/** A failure as the application record states it: what to do first, then the error's own words. */
export function failureReasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const advice =
    error instanceof RangeError
      ? 'The decided value is not allowed'
      : error instanceof ValidationError
        ? 'The decided value does not fit the group’s settings'
        : error instanceof NotFoundError
          ? 'Something the decision changes does not exist (is the member still in the group?)'
          : error instanceof AccessDeniedError
            ? 'The applier may not change the group’s settings; an admin should apply it'
            : error instanceof ConflictError
              ? 'The setting changed while the decision was being applied; an admin should apply it again'
              : 'The decision could not be applied; an admin can try again';
  const reason = `${advice}: ${message}`;
  return reason.length > MAX_LENGTH ? `${reason.slice(0, MAX_LENGTH - 1)}…` : reason;
}

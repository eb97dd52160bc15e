import { msg, str } from '@lit/localize';
import { AccessDeniedError, NotFoundError, TimeoutError, UnreachableError, ValidationError } from '@mutua/core';

/** One sentence a member can act on for a failed pod request, followed by the technical detail. */
export function describeFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof AccessDeniedError) return msg(str`The pod refused access. If you are not (or no longer) a member, ask the group's admins. Detail: ${detail}`);
  if (error instanceof NotFoundError) return msg(str`Nothing was found at this address. Check the link or ask whoever shared it. Detail: ${detail}`);
  if (error instanceof TimeoutError || error instanceof UnreachableError) return msg(str`The pod did not answer. Check your connection and try again. Detail: ${detail}`);
  if (error instanceof ValidationError) return msg(str`Some data is not valid; correct it and try again. Detail: ${detail}`);
  return msg(str`Something went wrong. Try again; if it keeps failing, tell your group's admins. Detail: ${detail}`);
}

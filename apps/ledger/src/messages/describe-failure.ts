import { msg, str } from '@lit/localize';
import { AccessDeniedError, ConflictError, NotFoundError, TimeoutError, UnreachableError, ValidationError } from '@mutua/core';
import { AcknowledgementRequiredError, PaymentRequestsClosedError, TransferRefusedError } from '../data/core-api.internal.js';

/** One sentence a member can act on for a failed ledger operation, followed by the technical detail. */
export function describeFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof TransferRefusedError) return msg(str`The group's ledger refused this transfer, and nothing was recorded: ${error.rejection.message}. Check the amount against the limits shown with the balances.`);
  if (error instanceof PaymentRequestsClosedError) return msg("This group does not use payment requests, and nothing was sent. Ask the other member to pay you instead.");
  if (error instanceof AcknowledgementRequiredError) return msg('In this group the payee acknowledges each payment, and nothing was recorded. Reload the page and send it for acknowledgement.');
  if (error instanceof AccessDeniedError) return msg(str`The group's pod refused access. If you are not (or no longer) a member, ask the group's admins. Detail: ${detail}`);
  if (error instanceof NotFoundError) return msg(str`Nothing was found at this address. Check the link, or ask the group's admins whether the ledger was set up. Detail: ${detail}`);
  if (error instanceof TimeoutError || error instanceof UnreachableError) return msg(str`The group's pod did not answer. Check your connection and try again. Detail: ${detail}`);
  if (error instanceof ConflictError) return msg(str`Someone else changed the ledger at the same moment. Try again. Detail: ${detail}`);
  if (error instanceof ValidationError) return msg(str`Some data is not valid; correct it and try again. Detail: ${detail}`);
  return msg(str`Something went wrong. Try again; if it keeps failing, tell your group's admins. Detail: ${detail}`);
}

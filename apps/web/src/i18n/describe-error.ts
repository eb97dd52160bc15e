import { msg, str } from '@lit/localize';
import { IssuerUnreachableError, ProfileReadError, SessionError } from '@mutua/elements';

/** A failure as the member should read it: what happened and what to do next. */
export interface ErrorDescription {
  readonly summary: string;
  /** The technical message (English), for someone helping the member. */
  readonly detail: string;
}

/** Turns any error the shell can meet into a translated, actionable message. */
export function describeError(error: unknown): ErrorDescription {
  const detail = error instanceof Error ? error.message : String(error);
  return { summary: summaryOf(error), detail };
}

function summaryOf(error: unknown): string {
  if (error instanceof IssuerUnreachableError) {
    return msg(
      str`Could not reach the identity provider at ${error.issuer}. Check the address (for example https://solidcommunity.net), or log in with this network's pod server.`,
    );
  }
  if (error instanceof SessionError) {
    switch (error.action) {
      case 'restore':
        return msg(
          'Your login could not be completed. Please log in again; if it keeps failing, ask your network host to check the pod server.',
        );
      case 'login':
        return msg('The login could not start. Check the identity provider address and try again.');
      case 'logout':
        return msg('Logging out did not finish. Close this browser tab to be safe, then open Mutua again.');
    }
  }
  if (error instanceof ProfileReadError) {
    switch (error.failure) {
      case 'unreachable':
        return msg('Your profile could not be loaded. Check that your pod server is running, then try again.');
      case 'status':
        return msg(
          'Your pod server refused to show your profile. Check that your profile document exists and is public, then try again.',
        );
      case 'invalid':
        return msg(
          'Your profile document could not be read. Fix it with a pod editor, or ask whoever hosts your pod for help.',
        );
    }
  }
  return msg('Something went wrong. Reload the page and try again.');
}

/** The message shown when `/config.json` cannot be read. */
export function configErrorSummary(): string {
  return msg(
    'Mutua could not load its settings from this server. Reload the page; if that does not help, restart Mutua with npm start.',
  );
}

import { Session } from '@inrupt/solid-client-authn-browser';
import type { AuthClient } from '@mutua/elements';

/** The browser's Solid-OIDC client (Inrupt), as the shell's session controller expects it. */
export function createAuthClient(): AuthClient {
  return new Session();
}

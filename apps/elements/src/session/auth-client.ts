/**
 * The part of a Solid-OIDC client that Mutua uses. `Session` from
 * @inrupt/solid-client-authn-browser satisfies it as is; tests may pass their own.
 */
export interface AuthClient {
  readonly info: { readonly isLoggedIn: boolean; readonly webId?: string | undefined };
  fetch: typeof globalThis.fetch;
  handleIncomingRedirect(options: { restorePreviousSession?: boolean; url?: string }): Promise<unknown>;
  login(options: { oidcIssuer: string; redirectUrl: string; clientName?: string }): Promise<void>;
  logout(): Promise<void>;
}

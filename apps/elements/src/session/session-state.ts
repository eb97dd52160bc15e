/** What every Mutua component may know about the member's session: data only, no actions. */
export interface SessionState {
  /** A fetch that carries the member's credentials once logged in (plain fetch before). */
  readonly fetch: typeof globalThis.fetch;
  /** The member's WebID, present only while logged in. */
  readonly webId: string | undefined;
  readonly isLoggedIn: boolean;
}

/** The session state of someone who has not logged in. */
export function loggedOutSession(fetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis)): SessionState {
  return { fetch, webId: undefined, isLoggedIn: false };
}

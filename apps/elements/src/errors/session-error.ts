/** What the session was doing when it failed. */
export type SessionAction = 'restore' | 'login' | 'logout';

/** Logging in, finishing a login redirect, or logging out failed. */
export class SessionError extends Error {
  override readonly name = 'SessionError';

  constructor(
    readonly action: SessionAction,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Could not ${action === 'restore' ? 'finish logging in' : action === 'login' ? 'log in' : 'log out'}: ${reason}`,
      options,
    );
  }
}

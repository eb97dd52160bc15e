/** Why a profile could not be read: no answer, an error status, or a document we cannot use. */
export type ProfileReadFailure = 'unreachable' | 'status' | 'invalid';

/** A WebID profile could not be fetched or parsed. */
export class ProfileReadError extends Error {
  override readonly name = 'ProfileReadError';

  constructor(
    readonly webId: string,
    readonly failure: ProfileReadFailure,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not read the profile ${webId}: ${reason}`, options);
  }
}

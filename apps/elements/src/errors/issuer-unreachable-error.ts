/** The identity provider's discovery document could not be fetched or was not OIDC. */
export class IssuerUnreachableError extends Error {
  override readonly name = 'IssuerUnreachableError';

  constructor(
    readonly issuer: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not reach the identity provider at ${issuer}: ${reason}`, options);
  }
}

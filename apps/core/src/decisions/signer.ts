/** Who signs a vote or comment and with which key (see onboarding's getSigningKey). */
export interface Signer {
  readonly webId: string;
  /** The key's IRI as published in the profile, e.g. `…/profile/card#key-1`. */
  readonly keyId: string;
  readonly privateKey: CryptoKey;
}

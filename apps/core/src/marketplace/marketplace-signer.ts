/** Who signs marketplace entries: the author's WebID, the key their profile lists, and its private half. */
export interface MarketplaceSigner {
  readonly webId: string;
  /** The Multikey IRI in the author's profile, e.g. `https://pod/profile/card#key-1`. */
  readonly keyId: string;
  readonly privateKey: CryptoKey;
}

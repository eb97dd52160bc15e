/** Where Mutua keeps a member's own data, under their storage root. */
export interface MemberLayout {
  readonly storage: string;
  readonly root: string;
  /** Offers and wants (public or members-only documents). */
  readonly offers: string;
  /** The member's own copy of every transfer they are party to. */
  readonly ledger: string;
  readonly votes: string;
  /** Profile photos, readable by anyone. */
  readonly photos: string;
  /** Owner-only: the private half of the signing key. */
  readonly keys: string;
  readonly privateKey: string;
}

/** The layout of a member's Mutua data for a storage root such as `https://pod.example/alice/`. */
export function memberLayout(storage: string): MemberLayout {
  const root = new URL('mutua/', storage.endsWith('/') ? storage : `${storage}/`).href;
  return {
    storage: new URL('../', root).href,
    root,
    offers: `${root}offers/`,
    ledger: `${root}ledger/`,
    votes: `${root}votes/`,
    photos: `${root}photos/`,
    keys: `${root}keys/`,
    privateKey: `${root}keys/signing-key.jwk`,
  };
}

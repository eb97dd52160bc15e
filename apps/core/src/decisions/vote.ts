/** A vote as read from a pod, its signature already checked by the caller (`verified`). */
export interface Vote {
  /** The voter's WebID. */
  readonly voter: string;
  /** xsd:dateTime with a time zone, as signed by the voter. */
  readonly castAt: string;
  /** Method-specific; validated by the tally, so it may be anything read from a pod. */
  readonly choice: unknown;
  readonly verified: boolean;
  /**
   * When the group pod stored it (server time), if known. castAt is the voter's own claim, so
   * a vote received at or after closing is late even when its castAt is earlier.
   */
  readonly receivedAt?: string;
}

/** Why a vote was not counted. */
export type RejectionReason =
  'bad-signature' | 'not-a-member' | 'bad-timestamp' | 'early' | 'late' | 'invalid-choice' | 'superseded';

export interface RejectedVote {
  readonly vote: Vote;
  readonly reason: RejectionReason;
  /** A sentence a person can act on, e.g. "block without a reason". */
  readonly detail: string;
}

/** The one vote counted for a member, its choice normalised (sorted sets, filled-in scores). */
export interface CountedVote<C> {
  readonly voter: string;
  readonly castAt: string;
  readonly choice: C;
}

/** Result of checking a raw choice against a proposal. */
export type ParsedChoice<C> =
  { readonly ok: true; readonly choice: C } | { readonly ok: false; readonly detail: string };

/** Which parts of Mutua's set-up a member's pod already has. */
export interface OnboardingStatus {
  readonly webId: string;
  /** The storage root the Mutua data lives (or will live) in. */
  readonly storage: string;
  readonly hasName: boolean;
  /** The profile lists an Ed25519 Multikey the member controls. */
  readonly hasPublicKey: boolean;
  /** The private half is stored in the pod. */
  readonly hasPrivateKey: boolean;
  /** Mutua's classes are registered in the member's type indexes. */
  readonly hasRegistrations: boolean;
  readonly hasInbox: boolean;
  /** True when anything above is missing: the app shows onboarding. */
  readonly needsOnboarding: boolean;
}

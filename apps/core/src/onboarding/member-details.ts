import type { Place } from '../records/types/place-node.js';

/** What a member tells others about themselves: the fields onboarding and the profile editor ask for. */
export interface MemberDetails {
  readonly name: string;
  /** The bio (vcard:note). */
  readonly note?: string;
  readonly skills: readonly string[];
  readonly location?: Place;
  /** URL of the photo already in the pod; see uploadProfilePhoto. */
  readonly photo?: string;
}

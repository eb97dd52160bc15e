import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { MemberDetails } from './member-details.js';
import { readProfileLeniently } from './read-profile-leniently.internal.js';

/** The member's name, bio, skills, place and photo as their profile has them now (empty name if none yet). */
export async function getMemberDetails(webId: string, options: PodRequestOptions = {}): Promise<MemberDetails> {
  const { profile } = await readProfileLeniently(webId, options);
  return {
    name: profile.name,
    skills: profile.skills,
    ...(profile.note !== undefined ? { note: profile.note } : {}),
    ...(profile.location !== undefined ? { location: profile.location } : {}),
    ...(profile.photo !== undefined ? { photo: profile.photo } : {}),
  };
}

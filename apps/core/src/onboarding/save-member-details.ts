import { coarsePlace } from '../places/coarse-place.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveProfile, type Profile } from '../records/types/profile.js';
import type { MemberDetails } from './member-details.js';
import { readProfileLeniently } from './read-profile-leniently.internal.js';

/** Options for saving details: extra changes to the profile record made in the same write (keys, inbox). */
export interface SaveMemberDetailsOptions extends PodRequestOptions {
  readonly amend?: (profile: Profile) => Profile;
}

/**
 * Sets the member's name, bio, skills, place and photo in their WebID profile, validated
 * against the profile shape first (a ValidationError carries the shape's messages in en/fr/es).
 * One N3 Patch with If-Match: triples other apps wrote, and Mutua fields not given here (keys,
 * inbox, storage, groups), stay as they are. Returns the saved profile.
 */
export async function saveMemberDetails(webId: string, details: MemberDetails, options: SaveMemberDetailsOptions = {}): Promise<Profile> {
  const { resource, profile } = await readProfileLeniently(webId, options);
  const { note: _note, location: _location, photo: _photo, ...kept } = profile;
  const next: Profile = {
    ...kept,
    name: details.name.trim(),
    skills: [...new Set(details.skills.map((skill) => skill.trim()).filter((skill) => skill !== ''))],
    ...(details.note?.trim() ? { note: details.note.trim() } : {}),
    // Rounded here as well as in the form: the profile is public, so never finer than ~1 km.
    ...(details.location?.name.trim() ? { location: coarsePlace({ ...details.location, name: details.location.name.trim() }) } : {}),
    ...(details.photo ? { photo: details.photo } : {}),
    ...(resource.etag ? { etag: resource.etag } : {}),
  };
  return saveProfile(options.amend ? options.amend(next) : next, options);
}

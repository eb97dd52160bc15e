import type { MemberDetails } from '../core-api.internal.js';
import type { SubmittedMemberDetails } from '../events/directory-events.js';

/**
 * The details to save from what the form gave: the new photo URL if one was uploaded, else the
 * current photo; a place keeps its other fields (country, coordinates) when only its name is the same.
 */
export function toMemberDetails(submitted: SubmittedMemberDetails, current: MemberDetails | undefined, photoUrl: string | undefined): MemberDetails {
  const photo = photoUrl ?? current?.photo;
  const place = submitted.place.trim();
  const location = place ? (current?.location?.name === place ? current.location : { name: place }) : undefined;
  return {
    name: submitted.name,
    skills: submitted.skills,
    ...(submitted.note ? { note: submitted.note } : {}),
    ...(location ? { location } : {}),
    ...(photo ? { photo } : {}),
  };
}

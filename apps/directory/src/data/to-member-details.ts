import { coarsePlace } from '@mutua/core';
import type { MemberDetails } from '../core-api.internal.js';
import type { SubmittedMemberDetails } from '../events/directory-events.js';

/**
 * The details to save from what the form gave: the new photo URL if one was uploaded, else the
 * current photo; a place keeps its country while its name is the same, and takes the form's
 * coordinates (rounded to about 1 km), since the form shows them and lets the member remove them.
 */
export function toMemberDetails(submitted: SubmittedMemberDetails, current: MemberDetails | undefined, photoUrl: string | undefined): MemberDetails {
  const photo = photoUrl ?? current?.photo;
  const place = submitted.place.trim();
  const { latitude: _latitude, longitude: _longitude, ...kept } = current?.location?.name === place ? current.location : { name: place };
  const location = place ? coarsePlace({ ...kept, ...(submitted.point ?? {}) }) : undefined;
  return {
    name: submitted.name,
    skills: submitted.skills,
    ...(submitted.note ? { note: submitted.note } : {}),
    ...(location ? { location } : {}),
    ...(photo ? { photo } : {}),
  };
}

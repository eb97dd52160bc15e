import { coarsePlace, coordinatesOf, type Place } from '@mutua/core';
import type { PlacePoint } from '@mutua/elements';

/** The coordinates of a place as the form shows them (rounded), or none. */
export function pointOf(place: Place | undefined): PlacePoint | undefined {
  if (!place || !coordinatesOf(place)) return undefined;
  const { latitude, longitude } = coarsePlace(place);
  return latitude && longitude ? { latitude, longitude } : undefined;
}

/**
 * The offer's place from the form: the typed name with the chosen coordinates, keeping the
 * previous country while the name is unchanged. 'unnamed' when there are coordinates but no
 * name, which the place shape refuses.
 */
export function offerLocation(
  name: string,
  point: PlacePoint | undefined,
  previous: Place | undefined,
): Place | undefined | 'unnamed' {
  const trimmed = name.trim();
  if (!trimmed) return point ? 'unnamed' : undefined;
  const country = previous?.name === trimmed ? previous.country : undefined;
  return coarsePlace({ name: trimmed, ...(country ? { country } : {}), ...(point ?? {}) });
}

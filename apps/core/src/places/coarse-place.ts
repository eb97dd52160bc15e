import type { Place } from '../records/types/place-node.js';

/** A point in decimal degrees, as numbers for arithmetic. */
export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

/** Decimals kept in stored coordinates: 0.01° is about 1.1 km of latitude, a neighbourhood, never a house. */
export const COORDINATE_DECIMALS = 2;

/**
 * A coordinate as stored: rounded to COORDINATE_DECIMALS, written with exactly that many
 * decimals ("4.80") so every writer and signer sees the same lexical form.
 */
export function roundCoordinate(value: number | string, limit: 90 | 180): string {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number) || Math.abs(number) > limit)
    throw new RangeError(`A coordinate must be a number between -${limit} and ${limit}, not "${value}"`);
  const scale = 10 ** COORDINATE_DECIMALS;
  const rounded = Math.round(number * scale) / scale;
  // -0.001 rounds to -0: written "0.00", not "-0.00".
  return (rounded === 0 ? 0 : rounded).toFixed(COORDINATE_DECIMALS);
}

/** The point rounded to what Mutua stores, as a place's latitude and longitude fields. */
export function coarseCoordinates(point: Coordinates): { latitude: string; longitude: string } {
  return { latitude: roundCoordinate(point.latitude, 90), longitude: roundCoordinate(point.longitude, 180) };
}

/**
 * The place as Mutua stores it (pure): coordinates rounded; a lone latitude or longitude
 * is dropped, since half a point places nothing.
 */
export function coarsePlace(place: Place): Place {
  const { latitude, longitude, ...rest } = place;
  if (latitude === undefined || longitude === undefined) return rest;
  return { ...rest, ...coarseCoordinates({ latitude: Number(latitude), longitude: Number(longitude) }) };
}

/** The place's point, or undefined when it has none (or a malformed one). */
export function coordinatesOf(place: Place | undefined): Coordinates | undefined {
  if (place?.latitude === undefined || place.longitude === undefined) return undefined;
  const latitude = Number(place.latitude);
  const longitude = Number(place.longitude);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    return undefined;
  return { latitude, longitude };
}

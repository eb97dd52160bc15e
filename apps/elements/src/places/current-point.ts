import { coarseCoordinates } from '@mutua/core';

/** A place's coordinates as Mutua stores them: decimal strings rounded to two decimals. */
export interface PlacePoint {
  readonly latitude: string;
  readonly longitude: string;
}

/** Why the browser gave no position, in words a member can act on. */
export class CurrentPointError extends Error {
  constructor(
    readonly reason: 'unsupported' | 'denied' | 'unavailable' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'CurrentPointError';
  }
}

const REASONS = { 1: 'denied', 2: 'unavailable', 3: 'timeout' } as const;

/**
 * The device's position, rounded to about 1 km before it leaves this function, so the precise
 * one is never kept or sent. Low accuracy is asked for: it is faster and enough for 1 km.
 */
export function currentPoint(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
  timeoutMs = 15_000,
): Promise<PlacePoint> {
  if (!geolocation)
    return Promise.reject(new CurrentPointError('unsupported', 'This browser cannot tell where you are.'));
  return new Promise((resolve, reject) => {
    geolocation.getCurrentPosition(
      (position) => resolve(coarseCoordinates(position.coords)),
      (error) => {
        const reason = REASONS[error.code as 1 | 2 | 3] ?? 'unavailable';
        reject(new CurrentPointError(reason, `The browser gave no position (${reason}): ${error.message}`));
      },
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: timeoutMs },
    );
  });
}

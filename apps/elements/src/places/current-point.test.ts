import { describe, expect, it } from 'vitest';
import { CurrentPointError, currentPoint } from './current-point.js';

function fakeGeolocation(
  answer: { coords: { latitude: number; longitude: number } } | { code: number; message: string },
): Geolocation {
  return {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      if ('coords' in answer) success(answer as GeolocationPosition);
      else failure?.(answer as GeolocationPositionError);
    },
  } as Geolocation;
}

describe('currentPoint', () => {
  it('rounds the device position to two decimals', async () => {
    await expect(
      currentPoint(fakeGeolocation({ coords: { latitude: 40.408712, longitude: -3.700511 } })),
    ).resolves.toEqual({ latitude: '40.41', longitude: '-3.70' });
  });

  it('says the member refused when permission is denied', async () => {
    await expect(currentPoint(fakeGeolocation({ code: 1, message: 'User denied Geolocation' }))).rejects.toMatchObject({
      reason: 'denied',
    });
  });

  it('fails plainly where the browser has no geolocation', async () => {
    await expect(currentPoint(undefined)).rejects.toBeInstanceOf(CurrentPointError);
  });
});

import { describe, expect, it } from 'vitest';
import { distanceKm, roundedKm } from './distance.js';

const chalon = { latitude: 46.78, longitude: 4.85 };
const macon = { latitude: 46.31, longitude: 4.83 };
const madrid = { latitude: 40.41, longitude: -3.7 };

describe('distanceKm', () => {
  it('is zero from a point to itself', () => {
    expect(distanceKm(chalon, chalon)).toBe(0);
  });

  it('measures known distances within a kilometre', () => {
    // Paris–London is the textbook haversine example: 343.5 km on a sphere.
    expect(distanceKm({ latitude: 48.8566, longitude: 2.3522 }, { latitude: 51.5074, longitude: -0.1278 })).toBeCloseTo(
      343.5,
      0,
    );
    // 0.47° of latitude is 52.3 km; 0.02° of longitude adds almost nothing.
    expect(distanceKm(chalon, macon)).toBeCloseTo(52.3, 0);
  });

  it('is symmetric', () => {
    expect(distanceKm(macon, madrid)).toBeCloseTo(distanceKm(madrid, macon), 9);
  });

  it('stays finite for antipodal points', () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(
      Math.PI * 6371.0088,
      3,
    );
  });
});

describe('roundedKm', () => {
  it('rounds to whole kilometres and never says 0 km', () => {
    expect(roundedKm(3.4)).toBe(3);
    expect(roundedKm(0.2)).toBe(1);
  });
});

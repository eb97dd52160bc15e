import { describe, expect, it } from 'vitest';
import { coarsePlace, coordinatesOf, roundCoordinate } from './coarse-place.js';

describe('roundCoordinate', () => {
  it('rounds to two decimals and always writes both', () => {
    expect(roundCoordinate(46.780649, 90)).toBe('46.78');
    expect(roundCoordinate(4.8, 180)).toBe('4.80');
    expect(roundCoordinate('-3.70379', 180)).toBe('-3.70');
    expect(roundCoordinate(46.786, 90)).toBe('46.79');
  });

  it('writes a value that rounds to zero without a minus sign', () => {
    expect(roundCoordinate(-0.001, 180)).toBe('0.00');
  });

  it('refuses values outside the range or not numbers at all', () => {
    expect(() => roundCoordinate(91, 90)).toThrow(RangeError);
    expect(() => roundCoordinate(-180.5, 180)).toThrow(/between -180 and 180/);
    expect(() => roundCoordinate('north', 90)).toThrow(RangeError);
  });
});

describe('coarsePlace', () => {
  it('rounds both coordinates and keeps the name and country', () => {
    expect(coarsePlace({ name: 'Lavapiés', country: 'ES', latitude: '40.408712', longitude: '-3.700511' })).toEqual({
      name: 'Lavapiés',
      country: 'ES',
      latitude: '40.41',
      longitude: '-3.70',
    });
  });

  it('drops a latitude without a longitude', () => {
    expect(coarsePlace({ name: 'Tournus', latitude: '46.56' })).toEqual({ name: 'Tournus' });
  });

  it('leaves a place without coordinates as it is', () => {
    expect(coarsePlace({ name: 'Chalon-sur-Saône' })).toEqual({ name: 'Chalon-sur-Saône' });
  });
});

describe('coordinatesOf', () => {
  it('reads the point of a place as numbers', () => {
    expect(coordinatesOf({ name: 'Mâcon', latitude: '46.31', longitude: '4.83' })).toEqual({
      latitude: 46.31,
      longitude: 4.83,
    });
  });

  it('has no point for a place without both coordinates, or with impossible ones', () => {
    expect(coordinatesOf(undefined)).toBeUndefined();
    expect(coordinatesOf({ name: 'Mâcon', latitude: '46.31' })).toBeUndefined();
    expect(coordinatesOf({ name: 'Nowhere', latitude: '95.00', longitude: '4.83' })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { offerLocation, pointOf } from './offer-location.js';

describe('pointOf', () => {
  it('gives the rounded coordinates of a place that has both', () => {
    expect(pointOf({ name: 'Tournus', latitude: '46.5612', longitude: '4.9089' })).toEqual({
      latitude: '46.56',
      longitude: '4.91',
    });
  });

  it('gives nothing for a place without coordinates', () => {
    expect(pointOf({ name: 'Tournus' })).toBeUndefined();
    expect(pointOf(undefined)).toBeUndefined();
  });
});

describe('offerLocation', () => {
  const point = { latitude: '46.78', longitude: '4.85' };

  it('joins the typed name and the chosen coordinates', () => {
    expect(offerLocation(' Chalon-sur-Saône ', point, undefined)).toEqual({ name: 'Chalon-sur-Saône', ...point });
  });

  it('keeps the country while the name is unchanged, and drops it with a new name', () => {
    const previous = { name: 'Lavapiés', country: 'ES', latitude: '40.41', longitude: '-3.70' };
    expect(offerLocation('Lavapiés', undefined, previous)).toEqual({ name: 'Lavapiés', country: 'ES' });
    expect(offerLocation('Embajadores', point, previous)).toEqual({ name: 'Embajadores', ...point });
  });

  it('refuses coordinates without a name and leaves an empty place out', () => {
    expect(offerLocation('  ', point, undefined)).toBe('unnamed');
    expect(offerLocation('', undefined, undefined)).toBeUndefined();
  });
});

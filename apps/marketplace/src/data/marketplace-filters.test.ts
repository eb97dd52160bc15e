import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromSearch, filtersToSearch, nearOf, queryOf, referencePoint } from './marketplace-filters.js';

describe('marketplace filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters = { q: 'vélo réparation', kind: 'request', category: 'https://g.example/profile/categories#food', group: 'https://g.example/profile/card#group', member: 'https://m.example/profile/card#me', recent: '7', within: '25', near: '40.41,-3.70', sort: 'nearest', view: 'list' } as const;
    expect(filtersFromSearch(new URLSearchParams(filtersToSearch(filters)))).toEqual(filters);
  });

  it('leaves defaults out of the URL and falls back to them for unknown values', () => {
    expect(filtersToSearch(defaultFilters)).toBe('');
    expect(filtersFromSearch(new URLSearchParams('kind=<script>&sort=evil&view=3d&recent=99&within=7&near=40.408712,-3.700511'))).toEqual(defaultFilters);
    expect(filtersFromSearch(new URLSearchParams('near=95.00,4.85')).near).toBe('');
  });

  it('turns filters into a core query, with "recent" counted back from now', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(queryOf({ ...defaultFilters, q: 'pan', kind: 'offer', recent: '7' }, now)).toEqual({ text: 'pan', kind: 'offer', since: '2026-11-17T12:00:00.000Z', sort: 'newest' });
    expect(queryOf(defaultFilters, now)).toEqual({ sort: 'newest' });
  });

  it('measures from the point in the URL, else from the member\'s own place', () => {
    const home = { latitude: 46.78, longitude: 4.85 };
    expect(referencePoint({ ...defaultFilters, near: '40.41,-3.70' }, home)).toEqual({ latitude: 40.41, longitude: -3.7 });
    expect(referencePoint(defaultFilters, home)).toBe(home);
    expect(referencePoint(defaultFilters, undefined)).toBeUndefined();
  });

  it('turns a distance and "nearest" into a core query around the reference point', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const home = { latitude: 46.78, longitude: 4.85 };
    expect(queryOf({ ...defaultFilters, within: '10', sort: 'nearest' }, now, home)).toEqual({ near: home, withinKm: 10, sort: 'nearest' });
    expect(queryOf({ ...defaultFilters, within: '10' }, now, undefined)).toEqual({ withinKm: 10, sort: 'newest' });
  });

  it('rounds a device position before it goes into the URL', () => {
    expect(nearOf({ latitude: 40.408712, longitude: -3.700511 })).toBe('40.41,-3.70');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromSearch, filtersToSearch, queryOf } from './marketplace-filters.js';

describe('marketplace filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters = { q: 'vélo réparation', kind: 'request', category: 'https://g.example/profile/categories#food', group: 'https://g.example/profile/card#group', member: 'https://m.example/profile/card#me', recent: '7', sort: 'expiring', view: 'list' } as const;
    expect(filtersFromSearch(new URLSearchParams(filtersToSearch(filters)))).toEqual(filters);
  });

  it('leaves defaults out of the URL and falls back to them for unknown values', () => {
    expect(filtersToSearch(defaultFilters)).toBe('');
    expect(filtersFromSearch(new URLSearchParams('kind=<script>&sort=evil&view=3d&recent=99'))).toEqual(defaultFilters);
  });

  it('turns filters into a core query, with "recent" counted back from now', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(queryOf({ ...defaultFilters, q: 'pan', kind: 'offer', recent: '7' }, now)).toEqual({ text: 'pan', kind: 'offer', since: '2026-11-17T12:00:00.000Z', sort: 'newest' });
    expect(queryOf(defaultFilters, now)).toEqual({ sort: 'newest' });
  });
});

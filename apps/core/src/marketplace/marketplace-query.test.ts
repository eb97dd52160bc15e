import { describe, expect, it } from 'vitest';
import type { MarketplaceEntry } from '../records/types/marketplace-entry.js';
import { queryMarketplace } from './marketplace-query.js';

const entry = (title: string, extra: Partial<MarketplaceEntry> = {}): MarketplaceEntry => ({
  url: `urn:uuid:${title}#it`,
  offer: `https://pods.example/amina/mutua/offers/${encodeURIComponent(title)}#it`,
  title,
  kind: 'offer',
  categories: ['https://pods.example/sel/profile/categories#food'],
  expires: '2099-01-01T00:00:00Z',
  creator: 'https://pods.example/amina/profile/card#me',
  group: 'https://pods.example/sel/profile/card#group',
  modified: '2026-11-01T10:00:00Z',
  proofs: [],
  ...extra,
});

describe('queryMarketplace', () => {
  const entries = [
    entry('Réparation de vélos', { description: 'Freins, dérailleurs et crevaisons, à domicile.' }),
    entry('Pain au levain', { description: 'Cuit le samedi matin au four à bois.', modified: '2026-11-05T10:00:00Z' }),
    entry('Cours de guitare'),
  ];

  it('finds words in the title or the description, ignoring case and accents', () => {
    expect(queryMarketplace(entries, { text: 'velo' }).map((e) => e.title)).toEqual(['Réparation de vélos']);
    expect(queryMarketplace(entries, { text: 'DERAILLEURS domicile' }).map((e) => e.title)).toEqual(['Réparation de vélos']);
    expect(queryMarketplace(entries, { text: 'four pain' }).map((e) => e.title)).toEqual(['Pain au levain']);
  });

  it('needs every word, wherever each is found', () => {
    expect(queryMarketplace(entries, { text: 'levain bois' })).toHaveLength(1);
    expect(queryMarketplace(entries, { text: 'levain guitare' })).toEqual([]);
  });

  it('sorts the newest first by default', () => {
    expect(queryMarketplace(entries).map((e) => e.title)[0]).toBe('Pain au levain');
  });

  describe('by distance', () => {
    const chalon = { latitude: 46.78, longitude: 4.85 };
    const placed = [
      entry('Tournus', { location: { name: 'Tournus', latitude: '46.56', longitude: '4.91' }, modified: '2026-11-03T10:00:00Z' }),
      entry('Sans lieu', { modified: '2026-11-09T10:00:00Z' }),
      entry('Saint-Rémy', { location: { name: 'Saint-Rémy', latitude: '46.76', longitude: '4.83' } }),
      entry('Nom seul', { location: { name: 'Givry' }, modified: '2026-11-02T10:00:00Z' }),
      entry('Mâcon', { location: { name: 'Mâcon', latitude: '46.31', longitude: '4.83' } }),
    ];

    it('keeps only entries within the distance of the reference point', () => {
      expect(queryMarketplace(placed, { near: chalon, withinKm: 5 }).map((e) => e.title)).toEqual(['Saint-Rémy']);
      expect(queryMarketplace(placed, { near: chalon, withinKm: 25, sort: 'title' }).map((e) => e.title)).toEqual(['Saint-Rémy', 'Tournus']);
    });

    it('sorts the nearest first and entries without coordinates last, newest first among them', () => {
      expect(queryMarketplace(placed, { near: chalon, sort: 'nearest' }).map((e) => e.title)).toEqual(['Saint-Rémy', 'Tournus', 'Mâcon', 'Sans lieu', 'Nom seul']);
    });

    it('ignores the distance without a reference point, and sorts "nearest" by date then', () => {
      expect(queryMarketplace(placed, { withinKm: 5, sort: 'nearest' }).map((e) => e.title)).toEqual(['Sans lieu', 'Tournus', 'Nom seul', 'Saint-Rémy', 'Mâcon']);
    });
  });
});

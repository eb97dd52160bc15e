import { describe, expect, it } from 'vitest';
import { groupSlug } from './group-slug.js';

describe('groupSlug', () => {
  it('makes a lower-case, accent-free path segment from a group name', () => {
    expect(groupSlug('SEL du Val de Saône')).toBe('sel-du-val-de-saone');
    expect(groupSlug('  Banco de Tiempo: Lavapiés!  ')).toBe('banco-de-tiempo-lavapies');
  });

  it('falls back to "group" when nothing usable is left', () => {
    expect(groupSlug('☀☀☀')).toBe('group');
  });
});

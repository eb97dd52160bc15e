import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberCard } from './member-card.js';
import { facetValues, filterMembers, filtersFromSearch, filtersToSearch } from './member-filters.js';

const group = { url: 'http://localhost:3000/sel/profile/card#group', name: 'SEL du Val de Saône', role: 'member' as const };
const members: MemberCard[] = [
  { webId: 'a', name: 'Alice Martin', note: 'Coordinatrice, jardinière', skills: ['couture', 'jardinage'], place: 'Lyon 4e', groups: [group] },
  { webId: 'i', name: 'Inés García', skills: ['cuidados', 'paseos'], place: 'Lavapiés, Madrid', groups: [] },
  { webId: 'b', name: 'Bruno Lefèvre', skills: ['menuiserie'], place: 'Lyon 4e', groups: [group] },
];

describe('filterMembers', () => {
  it('finds members by any word of their name, bio, skills, place or group, ignoring accents and case', () => {
    expect(filterMembers(members, { text: 'garcia', skill: '', place: '' }).map((m) => m.webId)).toEqual(['i']);
    expect(filterMembers(members, { text: 'JARDINIERE', skill: '', place: '' }).map((m) => m.webId)).toEqual(['a']);
    expect(filterMembers(members, { text: 'saone lyon', skill: '', place: '' }).map((m) => m.webId)).toEqual(['a', 'b']);
  });

  it('keeps only members with the chosen skill and place', () => {
    expect(filterMembers(members, { text: '', skill: 'menuiserie', place: '' }).map((m) => m.webId)).toEqual(['b']);
    expect(filterMembers(members, { text: '', skill: '', place: 'lyon 4e' }).map((m) => m.webId)).toEqual(['a', 'b']);
    expect(filterMembers(members, { text: 'alice', skill: 'menuiserie', place: '' })).toEqual([]);
  });

  it('never returns a member that was not given, and returns everyone without filters', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, skill) => {
        const shown = filterMembers(members, { text, skill, place: '' });
        expect(shown.every((m) => members.includes(m))).toBe(true);
      }),
    );
    expect(filterMembers(members, { text: '  ', skill: '', place: '' })).toEqual(members);
  });
});

describe('filtersToSearch', () => {
  it('round-trips through the URL query and leaves out empty filters', () => {
    const filters = { text: 'piano lessons', skill: 'piano', place: 'Lyon 1er' };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
    expect(filtersToSearch({ text: ' ', skill: '', place: '' }).toString()).toBe('');
  });
});

describe('facetValues', () => {
  it('lists each skill or place once, sorted', () => {
    expect(facetValues(members, 'place')).toEqual(['Lavapiés, Madrid', 'Lyon 4e']);
    expect(facetValues(members, 'skill')).toEqual(['couture', 'cuidados', 'jardinage', 'menuiserie', 'paseos']);
  });
});

import type { MemberCard } from './member-card.js';

/** The directory's member filters, as they appear in the page URL (`?q=&skill=&place=`). */
export interface MemberFilters {
  readonly text: string;
  readonly skill: string;
  readonly place: string;
}

/** Reads the filters from a query string; missing ones are empty. */
export function filtersFromSearch(params: URLSearchParams): MemberFilters {
  return { text: params.get('q') ?? '', skill: params.get('skill') ?? '', place: params.get('place') ?? '' };
}

/** The query string for filters, leaving out empty ones so plain URLs stay plain. */
export function filtersToSearch(filters: MemberFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.text.trim()) params.set('q', filters.text.trim());
  if (filters.skill) params.set('skill', filters.skill);
  if (filters.place) params.set('place', filters.place);
  return params;
}

/** Lower case without accents, so "cafe" finds "Café" and "garcia" finds "García". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

/** The members matching every filter: all words of the text (in name, bio, skills, place or group), the exact skill and place. */
export function filterMembers(members: readonly MemberCard[], filters: MemberFilters): MemberCard[] {
  const words = foldText(filters.text).split(/\s+/).filter((word) => word !== '');
  const skill = foldText(filters.skill);
  const place = foldText(filters.place);
  return members.filter((member) => {
    if (skill && !member.skills.some((s) => foldText(s) === skill)) return false;
    if (place && foldText(member.place ?? '') !== place) return false;
    if (words.length === 0) return true;
    const haystack = foldText([member.name, member.note ?? '', member.place ?? '', ...member.skills, ...member.groups.map((g) => g.name)].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** The distinct values of a facet across members, sorted for a select list. */
export function facetValues(members: readonly MemberCard[], facet: 'skill' | 'place'): string[] {
  const values = new Map<string, string>();
  for (const member of members) {
    const candidates = facet === 'skill' ? member.skills : member.place ? [member.place] : [];
    for (const value of candidates) if (!values.has(foldText(value))) values.set(foldText(value), value);
  }
  return [...values.values()].sort((a, b) => a.localeCompare(b));
}

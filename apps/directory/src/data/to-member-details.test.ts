import { describe, expect, it } from 'vitest';
import { toMemberDetails } from './to-member-details.js';

const current = { name: 'Zoé', skills: ['piano'], note: 'Hi', photo: 'http://localhost:3000/zoe/mutua/photos/a.jpg', location: { name: 'Lyon', country: 'FR' } };

describe('toMemberDetails', () => {
  it('keeps the current photo and the full place when they did not change', () => {
    expect(toMemberDetails({ name: 'Zoé', note: 'Hi', skills: ['piano'], place: 'Lyon' }, current, undefined)).toEqual(current);
  });

  it('uses a newly uploaded photo and a new place name', () => {
    const details = toMemberDetails({ name: 'Zoé', note: '', skills: [], place: 'Madrid' }, current, 'http://localhost:3000/zoe/mutua/photos/b.jpg');
    expect(details).toEqual({ name: 'Zoé', skills: [], photo: 'http://localhost:3000/zoe/mutua/photos/b.jpg', location: { name: 'Madrid' } });
  });

  it('leaves the place out when it was emptied', () => {
    expect(toMemberDetails({ name: 'Zoé', note: '', skills: [], place: ' ' }, undefined, undefined)).toEqual({ name: 'Zoé', skills: [] });
  });

  it('takes the coordinates from the form, rounded, and drops them when the form has none', () => {
    const placed = { ...current, location: { name: 'Lyon', country: 'FR', latitude: '45.76', longitude: '4.84' } };
    expect(toMemberDetails({ name: 'Zoé', note: 'Hi', skills: ['piano'], place: 'Lyon', point: { latitude: '45.7640', longitude: '4.8357' } }, placed, undefined).location).toEqual({ name: 'Lyon', country: 'FR', latitude: '45.76', longitude: '4.84' });
    expect(toMemberDetails({ name: 'Zoé', note: 'Hi', skills: ['piano'], place: 'Lyon' }, placed, undefined).location).toEqual({ name: 'Lyon', country: 'FR' });
    expect(toMemberDetails({ name: 'Zoé', note: '', skills: [], place: 'Villeurbanne', point: { latitude: '45.77', longitude: '4.88' } }, placed, undefined).location).toEqual({ name: 'Villeurbanne', latitude: '45.77', longitude: '4.88' });
  });
});

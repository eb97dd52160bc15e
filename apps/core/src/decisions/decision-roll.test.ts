import { describe, expect, it } from 'vitest';
import { fixtureRoll, fixtureVoters } from './ballot-fixtures.testing.js';
import { rollAdmins, rollFromQuads, rollKeyResolver, rollToQuads } from './decision-roll.js';

describe('decision roll', () => {
  it('reads back the members, roles and keys it was written with', async () => {
    const roll = await fixtureRoll(await fixtureVoters(3));
    const back = rollFromQuads(rollToQuads('https://group.example/decisions/p1/roll', roll));
    expect(back).toEqual({ members: [...roll.members].sort((a, b) => (a.webId < b.webId ? -1 : 1)) });
    expect([...rollAdmins(back)]).toEqual([roll.members[0]!.webId]);
  });

  it('ignores a key whose controller does not list it', async () => {
    const roll = await fixtureRoll(await fixtureVoters(1));
    const quads = rollToQuads('https://group.example/roll', roll).filter((q) => !q.predicate.value.endsWith('#assertionMethod'));
    expect(rollFromQuads(quads).members[0]!.keys).toEqual([]);
  });

  it('resolves roll keys to their controller and nothing else', async () => {
    const roll = await fixtureRoll(await fixtureVoters(2));
    const resolve = rollKeyResolver(roll);
    const key = await resolve(roll.members[1]!.keys[0]!.id);
    expect(key?.controller).toBe(roll.members[1]!.webId);
    expect(await resolve('https://elsewhere.example/#key')).toBeUndefined();
  });
});

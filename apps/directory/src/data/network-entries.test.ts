import { describe, expect, it } from 'vitest';
import { leftGroups, markGroupLeft, networkEntries, rememberGroup } from './network-entries.js';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('networkEntries', () => {
  it("starts from the bundled network's entry group on the member's own server", () => {
    expect(networkEntries('http://localhost:3000/zoe/profile/card#me', memoryStorage())).toEqual(['http://localhost:3000/sel-val-de-saone/profile/card#group']);
  });

  it('puts remembered groups first, once each', () => {
    const storage = memoryStorage();
    rememberGroup('https://pods.example/g/profile/card#group', storage);
    rememberGroup('https://pods.example/g/profile/card#group', storage);
    expect(networkEntries('http://localhost:3000/zoe/profile/card#me', storage)).toEqual([
      'https://pods.example/g/profile/card#group',
      'http://localhost:3000/sel-val-de-saone/profile/card#group',
    ]);
  });

  it('ignores a corrupt or hostile remembered list', () => {
    const storage = memoryStorage();
    storage.setItem('mutua.directory.knownGroups', '["javascript:alert(1)", 3]');
    expect(networkEntries('http://localhost:3000/zoe/profile/card#me', storage)).toHaveLength(1);
    storage.setItem('mutua.directory.knownGroups', '{not json');
    expect(networkEntries('http://localhost:3000/zoe/profile/card#me', storage)).toHaveLength(1);
  });
});

describe('markGroupLeft', () => {
  it('remembers a group as left until the member asks to join it again', () => {
    const storage = memoryStorage();
    const group = 'http://localhost:3000/lets/profile/card#group';
    expect(leftGroups(storage).has(group)).toBe(false);
    markGroupLeft(group, storage);
    markGroupLeft(group, storage);
    expect([...leftGroups(storage)]).toEqual([group]);
    rememberGroup(group, storage);
    expect(leftGroups(storage).has(group)).toBe(false);
  });
});

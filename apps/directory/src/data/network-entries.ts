/** Where the bundled demo network's directory starts, relative to the member's pod server. */
const BUNDLED_ENTRY_PATHS = ['/sel-val-de-saone/profile/card#group'];

const KNOWN_GROUPS_KEY = 'mutua.directory.knownGroups';
const LEFT_GROUPS_KEY = 'mutua.directory.leftGroups';

/**
 * The groups the network directory starts from: groups the member opened, joined or created
 * on this device, then the bundled network's entry group on the member's own server (a
 * server without it simply answers 404, which the directory skips).
 */
export function networkEntries(webId: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string[] {
  const known = readKnownGroups(storage);
  const origin = new URL(webId).origin;
  return [...new Set([...known, ...BUNDLED_ENTRY_PATHS.map((path) => new URL(path, origin).href)])];
}

/** Remembers a group so the directory finds it again (used after asking to join, opening or creating it); asking again undoes leaving it. */
export function rememberGroup(groupUrl: string, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): void {
  if (!storage) return;
  const known = readKnownGroups(storage);
  if (!known.includes(groupUrl)) storage.setItem(KNOWN_GROUPS_KEY, JSON.stringify([...known, groupUrl]));
  const left = readKnownGroups(storage, LEFT_GROUPS_KEY);
  if (left.includes(groupUrl)) storage.setItem(LEFT_GROUPS_KEY, JSON.stringify(left.filter((url) => url !== groupUrl)));
}

/**
 * Remembers that the member left a group: until an admin's app has ended the membership on
 * the server, the record still says active, and this device must not treat them as a member.
 */
export function markGroupLeft(groupUrl: string, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): void {
  if (!storage) return;
  const left = readKnownGroups(storage, LEFT_GROUPS_KEY);
  if (!left.includes(groupUrl)) storage.setItem(LEFT_GROUPS_KEY, JSON.stringify([...left, groupUrl]));
}

/** The groups the member left on this device (see `markGroupLeft`). */
export function leftGroups(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Set<string> {
  return new Set(readKnownGroups(storage, LEFT_GROUPS_KEY));
}

function readKnownGroups(storage: Pick<Storage, 'getItem'> | undefined, key = KNOWN_GROUPS_KEY): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string' && /^https?:\/\//.test(v)) : [];
  } catch {
    // A corrupt entry must not break the directory: start from the defaults.
    return [];
  }
}

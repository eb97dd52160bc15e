import { importMultikey } from './multikey.js';
import type { KeyResolver, ResolvedKey } from './verify-record.js';

/** A resolver that asks once per verification method and imports each key once (for replays). */
export function memoizeKeyResolver(resolveKey: KeyResolver): KeyResolver {
  const cache = new Map<string, Promise<ResolvedKey | undefined>>();
  // Once a method's key is known it is handed out as a value, not a promise: a replay asks for
  // the same few keys a hundred thousand times, and each await of a promise costs a turn.
  const known = new Map<string, ResolvedKey | undefined>();
  return (method) => {
    if (known.has(method)) return known.get(method);
    let hit = cache.get(method);
    if (!hit) {
      hit = Promise.resolve(resolveKey(method)).then(async (key) => {
        const usable = key && typeof key.publicKey === 'string' ? { ...key, publicKey: await importMultikey(key.publicKey) } : key;
        known.set(method, usable);
        return usable;
      });
      cache.set(method, hit);
    }
    return hit;
  };
}

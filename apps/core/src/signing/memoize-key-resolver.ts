import { importMultikey } from './multikey.js';
import type { KeyResolver, ResolvedKey } from './verify-record.js';

/** A resolver that asks once per verification method and imports each key once (for replays). */
export function memoizeKeyResolver(resolveKey: KeyResolver): KeyResolver {
  const cache = new Map<string, Promise<ResolvedKey | undefined>>();
  return (method) => {
    let hit = cache.get(method);
    if (!hit) {
      hit = Promise.resolve(resolveKey(method)).then(async (key) =>
        key && typeof key.publicKey === 'string' ? { ...key, publicKey: await importMultikey(key.publicKey) } : key,
      );
      cache.set(method, hit);
    }
    return hit;
  };
}

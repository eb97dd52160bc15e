import { describe, expect, it } from 'vitest';
import { memoizeKeyResolver } from './memoize-key-resolver.js';
import { W3C_PUBLIC_KEY_MULTIBASE } from './test-support/w3c-eddsa-vector.js';

describe('memoizeKeyResolver', () => {
  it('asks once per verification method and hands out an imported CryptoKey', async () => {
    let calls = 0;
    const resolve = memoizeKeyResolver(async (method) => {
      calls += 1;
      return method === 'https://a/#key' ? { publicKey: W3C_PUBLIC_KEY_MULTIBASE, controller: 'https://a/#me' } : undefined;
    });
    const [first, second] = await Promise.all([resolve('https://a/#key'), resolve('https://a/#key')]);
    expect(first).toBe(second);
    expect(first?.publicKey).toBeInstanceOf(CryptoKey);
    expect(await resolve('https://b/#key')).toBeUndefined();
    expect(calls).toBe(2);
  });
});

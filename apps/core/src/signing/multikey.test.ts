import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { decodeMultikey, encodeMultikey, exportMultikey, importMultikey } from './multikey.js';
import { importW3cKeyPair } from './test-support/keys.js';
import { W3C_PUBLIC_KEY_MULTIBASE } from './test-support/w3c-eddsa-vector.js';

describe('encodeMultikey / decodeMultikey', () => {
  it('round-trips the W3C test vector key through its 32 raw bytes', () => {
    const raw = decodeMultikey(W3C_PUBLIC_KEY_MULTIBASE);
    expect(raw).toHaveLength(32);
    expect(encodeMultikey(raw)).toBe(W3C_PUBLIC_KEY_MULTIBASE);
  });

  it('matches the public key WebCrypto derives from the vector secret key', async () => {
    const { publicKey } = await importW3cKeyPair();
    expect(await exportMultikey(publicKey)).toBe(W3C_PUBLIC_KEY_MULTIBASE);
  });

  it('imports a Multikey as a WebCrypto verification key', async () => {
    const key = await importMultikey(W3C_PUBLIC_KEY_MULTIBASE);
    expect(key.algorithm.name).toBe('Ed25519');
    expect(key.usages).toEqual(['verify']);
  });

  it('refuses other encodings, other key types and wrong lengths', () => {
    expect(() => decodeMultikey('u7QF')).toThrow(/base58btc/);
    expect(() => decodeMultikey('z0OIl')).toThrow(/base58btc/);
    // "zDna…" is a P-256 Multikey (multicodec 0x1200).
    expect(() => decodeMultikey('zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP')).toThrow(/Ed25519/);
    const short = `z${base58.encode(Uint8Array.from([0xed, 0x01, ...new Uint8Array(31)]))}`;
    expect(() => decodeMultikey(short)).toThrow(/32 key bytes/);
    expect(() => encodeMultikey(new Uint8Array(31))).toThrow(/32 bytes/);
  });
});

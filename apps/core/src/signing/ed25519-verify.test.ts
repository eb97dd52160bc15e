import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyEd25519 } from './ed25519-verify.js';
import { generateKeyPair } from './key-pair.js';

// verifyEd25519 takes Node's one-shot verify where it can; WebCrypto is the reference it must
// agree with on every input, valid or not.
const reference = (key: CryptoKey, signature: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>) =>
  crypto.subtle.verify('Ed25519', key, signature, data);

let signer: CryptoKeyPair;
let other: CryptoKeyPair;
beforeAll(async () => {
  [signer, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

const sign = async (data: Uint8Array<ArrayBuffer>) =>
  new Uint8Array(await crypto.subtle.sign('Ed25519', signer.privateKey, data));
const bytes = (min: number, max: number) =>
  fc.uint8Array({ minLength: min, maxLength: max }).map((b) => new Uint8Array(b));

describe('verifyEd25519', () => {
  it('runs where Node’s own verify is there to take (else every case below would only test WebCrypto against itself)', () => {
    expect(typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule).toBe('function');
  });

  it('accepts a valid signature and refuses it for other data, another key or one changed bit, as WebCrypto does', async () => {
    await fc.assert(
      fc.asyncProperty(bytes(0, 200), fc.nat(), fc.nat(7), async (data, at, bit) => {
        const signature = await sign(data);
        const flipped = signature.slice();
        flipped[at % 64] = (flipped[at % 64] as number) ^ (1 << bit);
        const otherData = new Uint8Array([...data, 1]);
        const cases: [CryptoKey, Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>][] = [
          [signer.publicKey, signature, data],
          [signer.publicKey, flipped, data],
          [signer.publicKey, signature, otherData],
          [other.publicKey, signature, data],
        ];
        const got = await Promise.all(cases.map(([key, sig, d]) => verifyEd25519(key, sig, d)));
        const expected = await Promise.all(cases.map(([key, sig, d]) => reference(key, sig, d)));
        expect(got).toEqual(expected);
        expect(got[0]).toBe(true);
        expect(got.slice(1)).toEqual([false, false, false]);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with WebCrypto on random 64-byte strings that are not signatures', async () => {
    await fc.assert(
      fc.asyncProperty(bytes(64, 64), bytes(64, 64), async (signature, data) => {
        expect(await verifyEd25519(signer.publicKey, signature, data)).toBe(
          await reference(signer.publicKey, signature, data),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a key it cannot verify with exactly as WebCrypto does', async () => {
    const data = new Uint8Array([1, 2, 3]);
    const signature = await sign(data);
    // A private key has no verify usage: WebCrypto rejects the call, and so must verifyEd25519.
    await expect(reference(signer.privateKey, signature, data)).rejects.toThrow();
    await expect(verifyEd25519(signer.privateKey, signature, data)).rejects.toThrow();
  });

  it('verifies with a public key imported as not extractable, as profiles’ keys may be', async () => {
    const raw = await crypto.subtle.exportKey('raw', signer.publicKey);
    const imported = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    const data = new Uint8Array([9, 8, 7]);
    const signature = await sign(data);
    expect(await verifyEd25519(imported, signature, data)).toBe(true);
    expect(await verifyEd25519(imported, signature, new Uint8Array([9, 8]))).toBe(false);
  });

  it('checks many signatures at once, each against its own key', async () => {
    const data = Array.from({ length: 200 }, (_, i) => new Uint8Array([i, i >> 8, 7]));
    const signatures = await Promise.all(data.map(sign));
    const keys = data.map((_, i) => (i % 3 === 0 ? other.publicKey : signer.publicKey));
    const got = await Promise.all(
      data.map((d, i) => verifyEd25519(keys[i] as CryptoKey, signatures[i] as Uint8Array<ArrayBuffer>, d)),
    );
    expect(got).toEqual(data.map((_, i) => i % 3 !== 0));
  });
});

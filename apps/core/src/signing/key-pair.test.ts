import { describe, expect, it } from 'vitest';
import { exportPrivateKeyJwk, generateKeyPair, importPrivateKeyJwk } from './key-pair.js';

const data = new TextEncoder().encode('transfer');

describe('generateKeyPair / exportPrivateKeyJwk / importPrivateKeyJwk', () => {
  it('keeps a key pair usable after a round trip through a stored JWK', async () => {
    const original = await generateKeyPair();
    const jwk = await exportPrivateKeyJwk(original.privateKey);
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    const restored = await importPrivateKeyJwk(JSON.parse(JSON.stringify(jwk)));
    const signature = await crypto.subtle.sign('Ed25519', restored.privateKey, data);
    expect(await crypto.subtle.verify('Ed25519', original.publicKey, signature, data)).toBe(true);
    expect(await crypto.subtle.verify('Ed25519', restored.publicKey, signature, data)).toBe(true);
  });

  it('imports the private key non-extractable unless asked', async () => {
    const jwk = await exportPrivateKeyJwk((await generateKeyPair()).privateKey);
    expect((await importPrivateKeyJwk(jwk)).privateKey.extractable).toBe(false);
    expect((await importPrivateKeyJwk(jwk, { extractable: true })).privateKey.extractable).toBe(true);
  });

  it('refuses public keys and JWKs that are not Ed25519 private keys', async () => {
    const { publicKey } = await generateKeyPair();
    await expect(exportPrivateKeyJwk(publicKey)).rejects.toThrow(/private key/);
    await expect(importPrivateKeyJwk({ kty: 'EC', crv: 'P-256', d: 'x', x: 'y' })).rejects.toThrow(/Ed25519 private JWK/);
  });
});

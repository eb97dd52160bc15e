import { ensureContainer } from '../pod/create-container.js';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { sendWrite } from '../pod/send-write.internal.js';
import { exportPrivateKeyJwk, generateKeyPair, importPrivateKeyJwk } from '../signing/key-pair.js';
import { exportMultikey } from '../signing/multikey.js';
import { memberLayout } from './member-layout.js';
import { restrictToOwner } from './owner-only-acl.internal.js';

/** The private key file: the JWK plus the key IRI it belongs to in the profile. */
export interface StoredSigningKey {
  readonly keyId: string;
  readonly jwk: JsonWebKey;
}

/** A fresh signing key: its private half stored, its public half ready to publish. */
export interface NewSigningKey {
  readonly keyId: string;
  readonly publicKeyMultibase: string;
}

/**
 * Generates an Ed25519 key pair and stores the private half as JSON at
 * `<storage>mutua/keys/signing-key.jwk` in an owner-only container; refuses (ConflictError) to
 * replace a key that is already stored. The caller publishes the public half in the profile.
 */
export async function createSigningKey(storage: string, owner: string, keyId: string, options: PodRequestOptions = {}): Promise<NewSigningKey> {
  const layout = memberLayout(storage);
  await ensureContainer(layout.root, options);
  await ensureContainer(layout.keys, options);
  await restrictToOwner(layout.keys, owner, options);
  const pair = await generateKeyPair();
  const stored: StoredSigningKey = { keyId, jwk: await exportPrivateKeyJwk(pair.privateKey) };
  await sendWrite('Storing the private signing key at', layout.privateKey, { method: 'PUT', headers: { 'content-type': 'application/json', 'if-none-match': '*' }, body: JSON.stringify(stored) }, options);
  return { keyId, publicKeyMultibase: await exportMultikey(pair.publicKey) };
}

/** A stored signing key read back: its IRI, the private key for signing, and the public half to publish. */
export interface SigningKey {
  readonly keyId: string;
  readonly privateKey: CryptoKey;
  readonly publicKeyMultibase: string;
}

/** Reads the member's private signing key back (owner only); null when none is stored. */
export async function getSigningKey(storage: string, options: PodRequestOptions = {}): Promise<SigningKey | null> {
  const url = memberLayout(storage).privateKey;
  const { response, body } = await fetchWithLimits('Reading the private signing key at', url, { headers: { accept: 'application/json' } }, { ...options, maxBytes: 16 * 1024 });
  if (response.status === 404 || response.status === 410) return null;
  if (!response.ok) throw httpFailure('Reading the private signing key at', url, response, body);
  const stored = JSON.parse(body) as StoredSigningKey;
  const { privateKey, publicKey } = await importPrivateKeyJwk(stored.jwk);
  return { keyId: stored.keyId, privateKey, publicKeyMultibase: await exportMultikey(publicKey) };
}

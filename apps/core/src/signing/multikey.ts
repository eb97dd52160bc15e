import { decodeBase58btc, encodeBase58btc, type Bytes } from './multibase.internal.js';

// W3C Multikey for Ed25519: multibase base58btc of the multicodec varint 0xed01 ("ed25519-pub")
// followed by the 32 raw public key bytes, so every such key starts with "z6Mk".
const ED25519_PUB_PREFIX = [0xed, 0x01] as const;
const ED25519_PUBLIC_KEY_BYTES = 32;

/** The publicKeyMultibase string ("z6Mk…") of a raw 32-byte Ed25519 public key. */
export function encodeMultikey(publicKey: Uint8Array): string {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES) {
    throw new TypeError(`An Ed25519 public key has 32 bytes, got ${publicKey.length}`);
  }
  const bytes = new Uint8Array(2 + ED25519_PUBLIC_KEY_BYTES);
  bytes.set(ED25519_PUB_PREFIX, 0);
  bytes.set(publicKey, 2);
  return encodeBase58btc(bytes);
}

/** The raw 32-byte Ed25519 public key in a publicKeyMultibase string; throws TypeError otherwise. */
export function decodeMultikey(publicKeyMultibase: string): Bytes {
  const bytes = decodeBase58btc(publicKeyMultibase);
  if (bytes[0] !== ED25519_PUB_PREFIX[0] || bytes[1] !== ED25519_PUB_PREFIX[1]) {
    throw new TypeError(`Not an Ed25519 Multikey (multicodec 0xed01): "${publicKeyMultibase.slice(0, 12)}…"`);
  }
  if (bytes.length !== 2 + ED25519_PUBLIC_KEY_BYTES) {
    throw new TypeError(`An Ed25519 Multikey holds 32 key bytes, got ${bytes.length - 2}`);
  }
  return bytes.slice(2);
}

/** The publicKeyMultibase string of a WebCrypto Ed25519 public key. */
export async function exportMultikey(publicKey: CryptoKey): Promise<string> {
  return encodeMultikey(new Uint8Array(await crypto.subtle.exportKey('raw', publicKey)));
}

/** A WebCrypto Ed25519 verification key from a publicKeyMultibase string. */
export async function importMultikey(publicKeyMultibase: string): Promise<CryptoKey> {
  const raw = decodeMultikey(publicKeyMultibase);
  return crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, true, ['verify']);
}

import { base58, base64urlnopad } from '@scure/base';
import { W3C_PUBLIC_KEY_MULTIBASE, W3C_SECRET_KEY_MULTIBASE } from './w3c-eddsa-vector.js';

/** The W3C test vector's key pair as WebCrypto keys (Ed25519 is deterministic, so signatures match the vector). */
export async function importW3cKeyPair(): Promise<CryptoKeyPair> {
  const seed = base58.decode(W3C_SECRET_KEY_MULTIBASE.slice(1)).slice(2);
  const publicKey = base58.decode(W3C_PUBLIC_KEY_MULTIBASE.slice(1)).slice(2);
  const jwk = { kty: 'OKP', crv: 'Ed25519', d: base64urlnopad.encode(seed), x: base64urlnopad.encode(publicKey) };
  return {
    privateKey: await crypto.subtle.importKey('jwk', jwk, { name: 'Ed25519' }, true, ['sign']),
    publicKey: await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, { name: 'Ed25519' }, true, ['verify']),
  };
}

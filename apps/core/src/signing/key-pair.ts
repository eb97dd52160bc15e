// Ed25519 keys through WebCrypto, which Node 20 and current browsers both implement natively
// (pure-JS Ed25519 was measured at about a tenth of the speed).

/** An Ed25519 signing key pair; the private key is extractable so its owner can store it. */
export async function generateKeyPair(): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** The private key as a JWK (kty OKP, crv Ed25519, with d and x), for an owner-only pod resource. */
export async function exportPrivateKeyJwk(privateKey: CryptoKey): Promise<JsonWebKey> {
  if (privateKey.type !== 'private') throw new TypeError('exportPrivateKeyJwk needs a private key');
  return crypto.subtle.exportKey('jwk', privateKey);
}

/** A key pair back from a private JWK; the public half comes from its `x` member. */
export async function importPrivateKeyJwk(jwk: JsonWebKey, { extractable = false } = {}): Promise<CryptoKeyPair> {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string' || typeof jwk.x !== 'string') {
    throw new TypeError('Expected an Ed25519 private JWK (kty "OKP", crv "Ed25519", with "d" and "x")');
  }
  const publicJwk: JsonWebKey = { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
  const [privateKey, publicKey] = await Promise.all([
    crypto.subtle.importKey('jwk', jwk, { name: 'Ed25519' }, extractable, ['sign']),
    crypto.subtle.importKey('jwk', publicJwk, { name: 'Ed25519' }, true, ['verify']),
  ]);
  return { privateKey, publicKey };
}

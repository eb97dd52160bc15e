// Ed25519 signature checks that run in Node and the browser. Browsers get WebCrypto. In Node,
// WebCrypto's verify and node:crypto's one-shot verify run the same OpenSSL check on the same
// thread pool, but WebCrypto first normalises the algorithm, converts every argument through
// WebIDL and makes a promise: ~12 µs of main-thread work per signature, which is what a cold
// replay of 100,000 entries waits on (decision 0083). So, as sha256.ts does for hashing, Node's
// own verify is looked up at run time: no `node:` import for a browser bundle to resolve.

type NodeKeyObject = object;
type NodeCrypto = {
  KeyObject: { from(key: CryptoKey): NodeKeyObject };
  verify(
    algorithm: null,
    data: Uint8Array,
    key: NodeKeyObject,
    signature: Uint8Array,
    callback: (error: Error | null, ok: boolean) => void,
  ): void;
};

const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
// One KeyObject per CryptoKey: a ledger names the same few hundred keys a hundred thousand times.
const keyObjects = new WeakMap<CryptoKey, NodeKeyObject>();

/** True when `signature` is `key`'s Ed25519 signature of `data`; off the main thread on both platforms. */
export function verifyEd25519(
  key: CryptoKey,
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  if (!nodeCrypto || key.algorithm.name !== 'Ed25519' || key.type !== 'public' || !key.usages.includes('verify')) {
    // WebCrypto also decides what an unusable key means (it rejects), exactly as before.
    return crypto.subtle.verify('Ed25519', key, signature, data);
  }
  let keyObject = keyObjects.get(key);
  if (!keyObject) keyObjects.set(key, (keyObject = nodeCrypto.KeyObject.from(key)));
  const object = keyObject;
  return new Promise((resolve, reject) => {
    nodeCrypto.verify(null, data, object, signature, (error, ok) => (error ? reject(error) : resolve(ok)));
  });
}

// SHA-256 that runs in Node and the browser. Browsers get WebCrypto. In Node, each WebCrypto
// call is a thread-pool round trip whose overhead dwarfs hashing a 1 KB record (measured ~5x
// slower than the synchronous built-in hash, decision 0022), so Node's own hash is looked up at
// run time: no `node:` import, nothing for a browser bundle to resolve.

type NodeHash = { update(data: string, encoding: 'utf8'): NodeHash; digest(): Uint8Array; digest(encoding: 'hex'): string };
type NodeCrypto = {
  createHash(algorithm: 'sha256'): NodeHash;
  /** One-shot hash (Node 20.12+): less than half the cost of createHash for a record-sized string. */
  hash?: ((algorithm: 'sha256', data: string, encoding: 'buffer') => Uint8Array) & ((algorithm: 'sha256', data: string, encoding: 'hex') => string);
};

const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | NodeCrypto
  | undefined;
const encoder = new TextEncoder();

/** SHA-256 digest of a string's UTF-8 bytes. */
export async function sha256(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return sha256Now(text) ?? new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** SHA-256 digest computed synchronously where the platform can (Node); undefined in a browser, where only `sha256` works. */
export function sha256Now(text: string): Uint8Array<ArrayBuffer> | undefined {
  // Node's Buffer is returned as it is, not copied: a bulk check makes several hashes per record
  // and each extra ArrayBuffer is one more the young-generation collector must sweep.
  if (nodeCrypto?.hash) return nodeCrypto.hash('sha256', text, 'buffer') as Uint8Array<ArrayBuffer>;
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(text, 'utf8').digest() as Uint8Array<ArrayBuffer>;
  return undefined;
}

/** Lower-case hex SHA-256 computed synchronously where the platform can (Node); undefined in a browser. */
export function sha256HexNow(text: string): string | undefined {
  if (nodeCrypto?.hash) return nodeCrypto.hash('sha256', text, 'hex');
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex');
  return undefined;
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Lower-case hex SHA-256 digest of a string's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  return sha256HexNow(text) ?? toHex(await sha256(text));
}

import { base58 } from '@scure/base';

/** Bytes backed by a plain ArrayBuffer, as WebCrypto's BufferSource requires. */
export type Bytes = Uint8Array<ArrayBuffer>;

// Multibase: a one-character prefix names the encoding; 'z' is base58btc (Bitcoin alphabet),
// the only encoding Multikey and eddsa-rdfc-2022 proof values use.

/** Bytes as a multibase base58btc string ('z' + base58btc). */
export function encodeBase58btc(bytes: Uint8Array): string {
  return `z${base58.encode(bytes)}`;
}

/** Bytes of a multibase base58btc string; throws TypeError on another prefix or a bad character. */
export function decodeBase58btc(multibase: string): Bytes {
  if (!multibase.startsWith('z')) {
    throw new TypeError(`Expected a multibase base58btc value starting with "z", got "${multibase.slice(0, 12)}"`);
  }
  try {
    const bytes = base58.decode(multibase.slice(1));
    // Copied only when not already backed by a plain ArrayBuffer of its own: every signature checked passes here.
    return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes as Bytes) : new Uint8Array(bytes);
  } catch (error) {
    throw new TypeError(`Not valid base58btc: "${multibase.slice(0, 12)}…" (${(error as Error).message})`);
  }
}

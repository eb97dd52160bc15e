import type { Readable } from 'node:stream';
import { InMemoryDataAccessor, POSIX, guardedStreamFrom } from '@solid/community-server';

let applied = false;

/**
 * Makes CSS 7.2's memory backend record document sizes in bytes.
 *
 * InMemoryDataAccessor.writeDocument sums `chunk.length`, which for string chunks (the result of
 * a PATCH, for example) counts UTF-16 code units; the server then sends a Content-Length too
 * short for any non-ASCII text and clients receive truncated Turtle. The file backend takes the
 * size from the file and is not affected. Remove this once CSS counts bytes.
 */
export function fixMemoryBackendSizes(): void {
  if (applied) return;
  applied = true;
  const original = InMemoryDataAccessor.prototype.writeDocument;
  InMemoryDataAccessor.prototype.writeDocument = async function writeDocument(identifier, data, metadata) {
    const chunks: unknown[] = [];
    for await (const chunk of data as Readable) chunks.push(chunk);
    await original.call(this, identifier, guardedStreamFrom(chunks), metadata);
    if (metadata.has(POSIX.terms.size)) {
      const bytes = chunks.reduce<number>(
        (total, chunk) => total + (typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Uint8Array).length),
        0,
      );
      metadata.set(POSIX.terms.size, `${bytes}`);
    }
  };
}

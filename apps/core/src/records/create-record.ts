import type { Fields, NodeData } from './field.js';
import type { RecordOf, RecordType } from './record-type.js';

/**
 * A new record in `containerUrl`, at a fresh `<uuid>#<fragment>` URL; pure: nothing is sent
 * until it is saved. Saving it then creates the document and never overwrites one.
 */
export function createRecord<F extends Fields>(type: RecordType<F>, containerUrl: string, init: NodeData<F>): RecordOf<RecordType<F>> {
  if (!containerUrl.endsWith('/')) throw new TypeError(`A container URL ends with "/": ${containerUrl}`);
  const url = `${containerUrl}${globalThis.crypto.randomUUID()}#${type.fragment}`;
  // `etag` is left out on purpose: its absence is what marks the record as new.
  const { etag: _etag, url: _url, ...fields } = init as NodeData<F> & { etag?: string; url?: string };
  return { ...fields, url } as unknown as RecordOf<RecordType<F>>;
}

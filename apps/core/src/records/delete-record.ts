import { deleteResource } from '../pod/delete-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { Fields } from './field.js';
import type { RecordOf, RecordType } from './record-type.js';

/**
 * Deletes a record's document, only if it is unchanged since the record was read (`If-Match`).
 * Records in shared documents (profiles, group cards) cannot be deleted this way.
 */
export async function deleteRecord<F extends Fields>(type: RecordType<F>, record: RecordOf<RecordType<F>>, options: PodRequestOptions = {}): Promise<void> {
  if (type.document === 'shared') throw new TypeError(`A ${type.name} lives in a document shared with other apps and cannot be deleted: ${record.url}`);
  await deleteResource(record.url, { ...options, etag: record.etag ?? null });
}

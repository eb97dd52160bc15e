import type { Quad } from 'n3';
import { ConflictError } from '../errors/conflict-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import { documentUrl } from '../pod/document-url.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import { updateRdfResource } from '../pod/update-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveRdfResource } from '../pod/save-rdf-resource.js';
import type { Fields } from './field.js';
import { recordToQuads } from './record-quads.js';
import { recordIssues } from './record-issues.internal.js';
import type { RecordOf, RecordType } from './record-type.js';
import { sharedDocumentChange } from './shared-document-change.internal.js';

/**
 * Validates a record and refuses it with the shape's messages before any request is sent;
 * then creates it (`If-None-Match: *`) when it has no ETag, or replaces it (`If-Match`).
 * Records in shared documents (profiles, group cards) change only their own fields; every
 * other triple in the document is written back as it was.
 * Returns the record with the document's new ETag.
 */
export async function saveRecord<F extends Fields>(type: RecordType<F>, record: RecordOf<RecordType<F>>, options: PodRequestOptions = {}): Promise<RecordOf<RecordType<F>>> {
  const quads = recordToQuads(type, record);
  const issues = recordIssues(type, quads);
  if (issues.length > 0) throw new ValidationError(`Saving ${type.name}`, record.url, type.name, issues);
  const stored =
    type.document === 'shared'
      ? await saveIntoSharedDocument(type, record, quads, options)
      : record.etag === undefined
        ? await createRdfResource(record.url, quads, options)
        : await saveRdfResource(record.url, quads, { ...options, etag: record.etag });
  const { etag: _old, ...rest } = record;
  return (stored.etag ? { ...rest, etag: stored.etag } : rest) as RecordOf<RecordType<F>>;
}

async function saveIntoSharedDocument<F extends Fields>(type: RecordType<F>, record: RecordOf<RecordType<F>>, quads: Quad[], options: PodRequestOptions) {
  const attempted = `Saving ${type.name}`;
  const current = await getRdfResource(record.url, options);
  // A record read earlier must still match the document; a record built from scratch just sets its fields.
  if (record.etag !== undefined && current.etag !== record.etag) {
    throw new ConflictError(attempted, documentUrl(record.url), 'the document changed since it was read; nothing was written. Read it again and reapply the change');
  }
  const change = sharedDocumentChange({ types: type.types, fields: type.fields }, record.url, current.quads, quads);
  if (change.deletes.length === 0 && change.inserts.length === 0) return current;
  return updateRdfResource(current, change, options);
}

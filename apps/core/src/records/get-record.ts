import { ValidationError } from '../errors/validation-error.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { RdfResource } from '../pod/rdf-resource.js';
import type { Fields } from './field.js';
import { findRecordSubject, recordFromQuads } from './record-quads.js';
import { recordIssues } from './record-issues.internal.js';
import type { RecordOf, RecordType } from './record-type.js';

/**
 * Validates a fetched document against the type's shape and decodes the record in it:
 * the whole record or a ValidationError, never half a record.
 */
export function recordFromResource<F extends Fields>(type: RecordType<F>, resource: RdfResource, url: string = resource.url): RecordOf<RecordType<F>> {
  const attempted = `Reading ${type.name}`;
  const subject = findRecordSubject(type, resource.quads, url);
  const issues = recordIssues(type, resource.quads, subject);
  if (issues.length > 0) throw new ValidationError(attempted, subject, type.name, issues);
  let record;
  try {
    record = recordFromQuads(type, resource.quads, subject);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(attempted, subject, type.name, error.issues);
    throw error;
  }
  return resource.etag ? { ...record, etag: resource.etag } : record;
}

/** Reads the record at `url` (with or without its `#fragment`), validated, with the document's ETag. */
export async function getRecord<F extends Fields>(type: RecordType<F>, url: string, options: PodRequestOptions = {}): Promise<RecordOf<RecordType<F>>> {
  return recordFromResource(type, await getRdfResource(url, options), url);
}

import { dateTime, integer, text } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA, SCHEMA } from '../../vocab/terms.generated.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** A versioned document a group publishes (constitution, minutes): Markdown text or a file link. */
export const groupDocumentType = defineRecordType({
  name: 'document',
  classIri: SCHEMA.DigitalDocument,
  fields: {
    title: one(DCTERMS.title, text),
    creator: one(DCTERMS.creator, iri),
    text: optional(SCHEMA.text, text),
    contentUrl: optional(SCHEMA.contentUrl, iri),
    version: one(SCHEMA.version, integer),
    replaces: optional(DCTERMS.replaces, iri),
    visibility: one(MUTUA.visibility, oneOf({ public: MUTUA.Public, membersOnly: MUTUA.MembersOnly, adminsOnly: MUTUA.AdminsOnly })),
    created: one(DCTERMS.created, dateTime),
    modified: optional(DCTERMS.modified, dateTime),
  },
});

/** Named `Group…` so it does not shadow the DOM's `Document`. */
export type GroupDocument = RecordOf<typeof groupDocumentType>;
export type GroupDocumentInit = RecordInit<typeof groupDocumentType>;

/** A new document in `containerUrl`, not saved yet (pure). */
export function createGroupDocument(containerUrl: string, init: GroupDocumentInit): GroupDocument {
  return createRecord(groupDocumentType, containerUrl, init);
}

/** Reads the document at `url`, validated against its shape; throws a typed error otherwise. */
export function getGroupDocument(url: string, options?: PodRequestOptions): Promise<GroupDocument> {
  return getRecord(groupDocumentType, url, options);
}

/** Validates the document, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveGroupDocument(groupDocument: GroupDocument, options?: PodRequestOptions): Promise<GroupDocument> {
  return saveRecord(groupDocumentType, groupDocument, options);
}

/** Deletes the document's document if unchanged since read. */
export function deleteGroupDocument(groupDocument: GroupDocument, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(groupDocumentType, groupDocument, options);
}

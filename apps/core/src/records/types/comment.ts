import { boolean, dateTime, text } from '../literal-codecs.js';
import { iri } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { AS, MUTUA } from '../../vocab/terms.generated.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** A comment on a proposal (an ActivityStreams Note), possibly a reply to another comment. */
export const commentType = defineRecordType({
  name: 'comment',
  classIri: MUTUA.Comment,
  types: [MUTUA.Comment, AS.Note],
  fields: {
    /** What the comment is about, e.g. a proposal. */
    about: one(AS.context, iri),
    inReplyTo: optional(AS.inReplyTo, iri),
    author: one(AS.attributedTo, iri),
    content: one(AS.content, text),
    published: one(AS.published, dateTime),
    updated: optional(AS.updated, dateTime),
    hidden: optional(MUTUA.hidden, boolean),
  },
});

export type Comment = RecordOf<typeof commentType>;
export type CommentInit = RecordInit<typeof commentType>;

/** A new comment in `containerUrl`, not saved yet (pure). */
export function createComment(containerUrl: string, init: CommentInit): Comment {
  return createRecord(commentType, containerUrl, init);
}

/** Reads the comment at `url`, validated against its shape; throws a typed error otherwise. */
export function getComment(url: string, options?: PodRequestOptions): Promise<Comment> {
  return getRecord(commentType, url, options);
}

/** Validates the comment, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveComment(comment: Comment, options?: PodRequestOptions): Promise<Comment> {
  return saveRecord(commentType, comment, options);
}

/** Deletes the comment's document if unchanged since read. */
export function deleteComment(comment: Comment, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(commentType, comment, options);
}

import { memberLayout } from '../onboarding/member-layout.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { sendWrite } from '../pod/send-write.internal.js';
import { writeTurtle } from '../pod/write-turtle.js';
import { commentQuads, type CommentRevision } from './comment-quads.js';
import { DecisionPermissionError } from './decision-permission-error.js';
import { proposalLayoutOf } from './proposal-layout.js';
import { signForSnapshot } from './sign-snapshot.internal.js';
import { appendSnapshots, snapshotQuad } from './signed-snapshots.internal.js';
import type { Signer } from './signer.js';
import { timestampOf } from './timestamp.internal.js';

/** Options for writing to a discussion. */
export interface CommentOptions extends PodRequestOptions {
  readonly signer: Signer;
  /** The author's storage root; comments live in `<storage>mutua/comments/`. Not needed to hide. */
  readonly storage?: string;
  readonly now?: Date;
}

/** Posts a signed comment (or a reply): kept in the author's pod, a copy appended to the proposal's discussion. */
export async function postComment(proposalUrl: string, content: { text: string; inReplyTo?: string }, options: CommentOptions): Promise<CommentRevision> {
  if (!options.storage) throw new TypeError('postComment needs the author\'s storage root');
  const published = timestampOf(options.now ?? new Date());
  const url = `${memberLayout(options.storage).root}comments/${globalThis.crypto.randomUUID()}#it`;
  const revision: CommentRevision = {
    url,
    proposal: proposalUrl,
    author: options.signer.webId,
    content: content.text,
    published,
    ...(content.inReplyTo !== undefined ? { inReplyTo: content.inReplyTo } : {}),
  };
  const { signed, text } = await signForSnapshot(url, commentQuads(revision), options.signer, published);
  await createRdfResource(url, signed, options);
  await deliver(proposalUrl, text, options);
  return revision;
}

/** The parts of a shown comment that a new revision carries over. */
export type CommentTarget = Pick<CommentRevision, 'url' | 'author' | 'content' | 'published' | 'inReplyTo'>;

function revisionOf(proposal: string, comment: CommentTarget): CommentRevision {
  const { url, author, content, published, inReplyTo } = comment;
  return { url, proposal, author, content, published, ...(inReplyTo !== undefined ? { inReplyTo } : {}) };
}

/** The author edits their comment: their pod copy is replaced and the new signed text appended to the discussion. */
export async function editComment(proposalUrl: string, comment: CommentTarget, text: string, options: CommentOptions): Promise<CommentRevision> {
  if (comment.author !== options.signer.webId) {
    throw new DecisionPermissionError('Editing the comment', comment.url, 'only its author may edit a comment');
  }
  const updated = timestampOf(options.now ?? new Date());
  const revision: CommentRevision = { ...revisionOf(proposalUrl, comment), content: text, updated };
  const { signed, text: snapshot } = await signForSnapshot(comment.url, commentQuads(revision), options.signer, updated);
  const doc = comment.url.replace(/#.*$/, '');
  await sendWrite('Replacing the comment', doc, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: writeTurtle(signed, doc) }, options);
  await deliver(proposalUrl, snapshot, options);
  return revision;
}

/** An admin hides (or shows again) a comment: a moderation revision signed by the admin; readers honour only admins'. */
export async function setCommentHidden(proposalUrl: string, comment: CommentTarget, hidden: boolean, options: CommentOptions): Promise<void> {
  const updated = timestampOf(options.now ?? new Date());
  const revision: CommentRevision = { ...revisionOf(proposalUrl, comment), hidden, updated };
  const { text } = await signForSnapshot(comment.url, commentQuads(revision), options.signer, updated);
  await deliver(proposalUrl, text, options);
}

async function deliver(proposalUrl: string, text: string, options: PodRequestOptions): Promise<void> {
  const discussion = proposalLayoutOf(proposalUrl).discussion;
  await appendSnapshots(discussion, [await snapshotQuad(discussion, text)], options);
}

import { verifyRecord } from '../signing/verify-record.js';
import { readCommentQuads, type CommentRevision } from './comment-quads.js';
import { rollAdmins, rollKeyResolver, type DecisionRoll } from './decision-roll.js';
import { parseSnapshot } from './signed-snapshots.internal.js';

/** A comment as shown: its author's latest verified text, hidden when an admin last said so. */
export interface DiscussionComment {
  readonly url: string;
  readonly author: string;
  readonly content: string;
  readonly published: string;
  readonly updated?: string;
  readonly inReplyTo?: string;
  readonly hidden: boolean;
  readonly replies: readonly DiscussionComment[];
}

/** The discussion of a proposal as a tree, oldest first, and how many snapshots were set aside. */
export interface Discussion {
  readonly comments: readonly DiscussionComment[];
  /** Snapshots that did not verify, were signed by someone else than the author or an admin, or belong elsewhere. */
  readonly rejected: number;
}

interface Signed {
  readonly revision: CommentRevision;
  readonly signer: string;
}

/** Verifies comment snapshots against the roll and folds revisions and moderation into a reply tree. */
export async function readDiscussion(snapshots: readonly string[], proposal: string, roll: DecisionRoll): Promise<Discussion> {
  const resolveKey = rollKeyResolver(roll);
  const admins = rollAdmins(roll);
  const checked = await Promise.all(snapshots.map((text) => checkSnapshot(text, proposal, resolveKey)));
  const accepted = checked.filter((s): s is Signed => s !== undefined && (s.signer === s.revision.author || admins.has(s.signer)));
  const latest = new Map<string, CommentRevision>();
  const moderation = new Map<string, CommentRevision>();
  for (const { revision, signer } of accepted) {
    const target = signer === revision.author ? latest : moderation;
    const current = target.get(revision.url);
    if (!current || stamp(revision) > stamp(current)) target.set(revision.url, revision);
  }
  const nodes = [...latest.values()].map((r) => ({ ...r, hidden: moderation.get(r.url)?.hidden ?? false, replies: [] as DiscussionComment[] }));
  nodes.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.url < b.url ? -1 : 1));
  const byUrl = new Map(nodes.map((n) => [n.url, n]));
  const roots: DiscussionComment[] = [];
  for (const node of nodes) {
    const parent = node.inReplyTo !== undefined ? byUrl.get(node.inReplyTo) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  return { comments: roots, rejected: snapshots.length - accepted.length };
}

function stamp(revision: CommentRevision): string {
  return revision.updated ?? revision.published;
}

async function checkSnapshot(text: string, proposal: string, resolveKey: ReturnType<typeof rollKeyResolver>): Promise<Signed | undefined> {
  const quads = parseSnapshot(text);
  const revision = quads && readCommentQuads(quads);
  if (!quads || !revision || revision.proposal !== proposal) return undefined;
  const result = await verifyRecord(quads, { resolveKey, subject: revision.url });
  const signer = result.proofs[0]?.controller;
  if (!result.verified || signer === undefined || result.proofs.some((p) => p.controller !== signer)) return undefined;
  return { revision, signer };
}

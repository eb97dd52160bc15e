import type { Quad } from 'n3';
import { DataFactory } from 'n3';
import { AS, MUTUA, RDF, XSD } from '../vocab/terms.generated.js';

const { quad, namedNode, literal } = DataFactory;

/** One revision of a comment, as signed: the author's text or an admin's hide/show. */
export interface CommentRevision {
  /** The comment's IRI in its author's pod (`…/mutua/comments/<id>#it`). */
  readonly url: string;
  readonly proposal: string;
  readonly author: string;
  readonly content: string;
  readonly published: string;
  readonly updated?: string;
  /** The comment (its IRI) this one replies to. */
  readonly inReplyTo?: string;
  readonly hidden?: boolean;
}

/** The unsigned triples of a comment revision (shape: shapes/comment.ttl). */
export function commentQuads(revision: CommentRevision): Quad[] {
  const it = namedNode(revision.url);
  const q = (p: string, o: ReturnType<typeof namedNode> | ReturnType<typeof literal>) => quad(it, namedNode(p), o) as Quad;
  const out = [
    q(RDF.type, namedNode(MUTUA.Comment)),
    q(RDF.type, namedNode(AS.Note)),
    q(AS.context, namedNode(revision.proposal)),
    q(AS.attributedTo, namedNode(revision.author)),
    q(AS.content, literal(revision.content)),
    q(AS.published, literal(revision.published, namedNode(XSD.dateTime))),
  ];
  if (revision.updated !== undefined) out.push(q(AS.updated, literal(revision.updated, namedNode(XSD.dateTime))));
  if (revision.inReplyTo !== undefined) out.push(q(AS.inReplyTo, namedNode(revision.inReplyTo)));
  if (revision.hidden !== undefined) out.push(q(MUTUA.hidden, literal(String(revision.hidden), namedNode(XSD.boolean))));
  return out;
}

/** Reads the one comment in `quads`; undefined when it lacks what every comment has. */
export function readCommentQuads(quads: readonly Quad[]): CommentRevision | undefined {
  const subjects = quads.filter((q) => q.predicate.value === RDF.type && q.object.value === MUTUA.Comment).map((q) => q.subject.value);
  if (subjects.length !== 1) return undefined;
  const url = subjects[0] as string;
  const value = (p: string) => quads.find((q) => q.subject.value === url && q.predicate.value === p)?.object.value;
  const proposal = value(AS.context);
  const author = value(AS.attributedTo);
  const content = value(AS.content);
  const published = value(AS.published);
  if (!proposal || !author || content === undefined || !published) return undefined;
  const updated = value(AS.updated);
  const inReplyTo = value(AS.inReplyTo);
  const hidden = value(MUTUA.hidden);
  return {
    url,
    proposal,
    author,
    content,
    published,
    ...(updated !== undefined ? { updated } : {}),
    ...(inReplyTo !== undefined ? { inReplyTo } : {}),
    ...(hidden !== undefined ? { hidden: hidden === 'true' || hidden === '1' } : {}),
  };
}

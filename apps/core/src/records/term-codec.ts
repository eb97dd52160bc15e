import type { Quad, Term } from 'n3';

/** What decoding can look at: every quad of the document, indexed by subject. */
export interface DecodeContext {
  readonly documentUrl: string;
  readonly bySubject: ReadonlyMap<string, readonly Quad[]>;
}

/** What encoding needs: the document URL, to mint `#fragment` IRIs for nested nodes. */
export interface EncodeContext {
  readonly documentUrl: string;
}

/** The object term of one triple, plus the triples of any node it stands for. */
export interface Encoded {
  readonly term: Term;
  readonly quads: readonly Quad[];
}

/**
 * How one kind of value maps to an RDF term and back. `decode` throws a `CodecProblem`
 * when the term is not of its kind; `encode` assumes a value of the declared TypeScript type.
 */
export interface TermCodec<T> {
  /** Says what a good value looks like, for messages: "a whole number". */
  readonly expected: string;
  encode(value: T, context: EncodeContext): Encoded;
  decode(term: Term, context: DecodeContext): T;
  /** For values that are nodes of their own: the node's types and fields (used to patch shared documents). */
  readonly node?: NestedNode;
}

/** The description of a nested node, as far as patching needs it. */
export interface NestedNode {
  readonly types: readonly string[];
  // Kept loose here to avoid a cycle with field.ts; node codecs fill it with their Fields.
  readonly fields: Readonly<Record<string, { readonly predicate: string; readonly codec: TermCodec<unknown> }>>;
}

/** A term that does not fit its codec; becomes a ValidationError issue. */
export class CodecProblem extends Error {
  override readonly name = 'CodecProblem';
}

/** The key of a term, used to index quads by subject. */
export function termKey(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

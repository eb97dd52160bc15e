import { DataFactory, type Term } from 'n3';
import type { Fields, NodeData } from './field.js';
import { decodeFields, encodeFields, type FieldProblem } from './node-fields.internal.js';
import { CodecProblem, type DecodeContext, type EncodeContext, type TermCodec } from './term-codec.js';

const { namedNode, blankNode } = DataFactory;

/** How a nested node is declared: the types it is written with and its fields. */
export interface NodeSpec<F extends Fields> {
  readonly types?: readonly string[];
  readonly fields: F;
}

function decodeNested<F extends Fields>(term: Term, spec: NodeSpec<F>, context: DecodeContext): NodeData<F> {
  if (term.termType !== 'NamedNode' && term.termType !== 'BlankNode') throw new CodecProblem(`expected a node, found the text "${term.value}"`);
  const problems: FieldProblem[] = [];
  const data = decodeFields(term, spec.fields, context, problems);
  if (problems.length > 0) {
    throw new CodecProblem(problems.map((p) => `${p.path.join(' / ')}: ${p.message}`).join('; '));
  }
  return data as NodeData<F>;
}

/**
 * A node of its own inside the record's document, written at `#<fragment>`
 * (`<#price>`, `<#place>`); when reading, any IRI or blank node is accepted.
 */
export function node<F extends Fields>(fragment: string, spec: NodeSpec<F>): TermCodec<NodeData<F>> {
  return {
    node: { types: spec.types ?? [], fields: spec.fields },
    expected: 'a node with its own properties',
    encode(value: NodeData<F>, context: EncodeContext) {
      const subject = namedNode(`${context.documentUrl}#${fragment}`);
      return { term: subject, quads: encodeFields(subject, spec.types ?? [], spec.fields, value, context) };
    },
    decode: (term, context) => decodeNested(term, spec, context),
  };
}

/** A nested node that keeps its identity, e.g. a proposal's options that votes point at. */
export type Identified<T> = T & { readonly id: string };

function subjectFor(id: string, documentUrl: string): Term {
  if (id.startsWith('_:')) return blankNode(id.slice(2));
  return namedNode(/^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `${documentUrl}#${id}`);
}

function idOf(term: Term, documentUrl: string): string {
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return term.value.startsWith(`${documentUrl}#`) ? term.value.slice(documentUrl.length + 1) : term.value;
}

/**
 * Like `node`, for sets of nodes: each value carries an `id`, the fragment it lives at
 * (`option-a` → `<#option-a>`), an absolute IRI, or `_:label` for a blank node.
 */
export function identifiedNode<F extends Fields>(spec: NodeSpec<F>): TermCodec<Identified<NodeData<F>>> {
  return {
    node: { types: spec.types ?? [], fields: spec.fields },
    expected: 'a node with its own properties',
    encode(value, context) {
      const subject = subjectFor(value.id, context.documentUrl);
      return { term: subject, quads: encodeFields(subject, spec.types ?? [], spec.fields, value, context) };
    },
    decode(term, context) {
      return { id: idOf(term, context.documentUrl), ...decodeNested(term, spec, context) };
    },
  };
}

/** A value of either of two kinds; `isFirst` tells which one a value is when writing. */
export function either<A, B>(first: TermCodec<A>, second: TermCodec<B>, isFirst: (value: A | B) => value is A): TermCodec<A | B> {
  const nested = first.node ?? second.node;
  return {
    ...(nested ? { node: nested } : {}),
    expected: `${first.expected}, or ${second.expected}`,
    encode: (value, context) => (isFirst(value) ? first.encode(value, context) : second.encode(value as B, context)),
    decode(term, context) {
      try {
        return first.decode(term, context);
      } catch (error) {
        if (!(error instanceof CodecProblem)) throw error;
        return second.decode(term, context);
      }
    },
  };
}

import type { Term } from '@rdfjs/types';

/**
 * A term with its parts read once. Some RDF/JS implementations (n3 among them) compute `value`
 * and `datatype` on every access; the fast path reads them many times per value.
 */
export class DataNode {
  private cachedKey: string | undefined;
  /** Cached comparable value, filled on first comparison. */
  comparable: { readonly kind: string; readonly value: number | string } | undefined;

  constructor(
    readonly term: Term,
    readonly termType: Term['termType'],
    readonly value: string,
    /** Datatype IRI for literals, '' otherwise. */
    readonly datatype: string,
    readonly language: string,
  ) {}

  /** Equal nodes have equal keys: the IRI, `_:label`, or the literal with datatype and language. */
  get key(): string {
    if (this.cachedKey === undefined) {
      this.cachedKey =
        this.termType === 'NamedNode'
          ? this.value
          : this.termType === 'BlankNode'
            ? '_:' + this.value
            : `"${this.value}"^^${this.datatype}@${this.language}`;
    }
    return this.cachedKey;
  }

  /** Term equality without building keys. */
  sameAs(other: DataNode): boolean {
    return this.value === other.value && this.termType === other.termType && this.datatype === other.datatype && this.language === other.language;
  }
}

/** Reads a term's parts into a DataNode. */
export function toDataNode(term: Term): DataNode {
  if (term.termType === 'Literal') return new DataNode(term, 'Literal', term.value, term.datatype.value, term.language);
  return new DataNode(term, term.termType, term.value, '', '');
}

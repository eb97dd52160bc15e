/** Helpers to derive SHACL test fixtures from the example records by small, named edits. */
import { DataFactory, Parser, Store, Writer, type NamedNode, type Quad_Object, type Term } from 'n3';

const { namedNode, literal, quad } = DataFactory;

export const NS = {
  mutua: 'https://w3id.org/mutua/ns#',
  vf: 'https://w3id.org/valueflows/ont/vf#',
  schema: 'https://schema.org/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  dcterms: 'http://purl.org/dc/terms/',
  as: 'https://www.w3.org/ns/activitystreams#',
  sec: 'https://w3id.org/security#',
  ldp: 'http://www.w3.org/ns/ldp#',
  pim: 'http://www.w3.org/ns/pim/space#',
  solid: 'http://www.w3.org/ns/solid/terms#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** Expands "prefix:local" to a full IRI. */
export function iri(curie: string): string {
  const [prefix, local] = curie.split(':') as [keyof typeof NS, string];
  const base = NS[prefix];
  if (!base) throw new Error(`Unknown prefix in ${curie}`);
  return base + local;
}

export const term = {
  iri: (value: string): NamedNode => namedNode(value.includes('://') || value.startsWith('javascript:') || value.startsWith('data:') || value.startsWith('urn:') ? value : iri(value)),
  str: (value: string) => literal(value),
  lang: (value: string, language: string) => literal(value, language),
  typed: (value: string, datatype: string) => literal(value, namedNode(iri(datatype))),
  int: (value: number | string) => literal(String(value), namedNode(NS.xsd + 'integer')),
  dec: (value: string) => literal(value, namedNode(NS.xsd + 'decimal')),
  dt: (value: string) => literal(value, namedNode(NS.xsd + 'dateTime')),
  bool: (value: boolean) => literal(String(value), namedNode(NS.xsd + 'boolean')),
};

/** One record document being edited; subjects are fragments of the document ("it", "proof"). */
export class Doc {
  readonly store: Store;

  constructor(
    readonly base: string,
    turtle: string,
  ) {
    this.store = new Store(new Parser({ baseIRI: base }).parse(turtle));
  }

  node(fragment: string): NamedNode {
    return namedNode(`${this.base}#${fragment}`);
  }

  /** Removes every value of a property (given as prefix:local) on a node. */
  remove(fragment: string, property: string): this {
    // Store.removeMatches removes asynchronously (it returns a stream); removeQuads is immediate.
    this.store.removeQuads(this.store.getQuads(this.node(fragment), namedNode(iri(property)), null, null));
    return this;
  }

  add(fragment: string, property: string, ...objects: Term[]): this {
    for (const o of objects) this.store.addQuad(quad(this.node(fragment), namedNode(iri(property)), o as Quad_Object));
    return this;
  }

  /** Replaces the values of a property with the given ones. */
  set(fragment: string, property: string, ...objects: Term[]): this {
    return this.remove(fragment, property).add(fragment, property, ...objects);
  }

  /** Removes every triple about a node. */
  drop(fragment: string): this {
    this.store.removeQuads(this.store.getQuads(this.node(fragment), null, null, null));
    return this;
  }

  /** Writes Turtle with the usual prefixes and `<#fragment>` for the document's own nodes. */
  toTurtle(header: string[]): Promise<string> {
    const writer = new Writer({ prefixes: { ...NS } });
    writer.addQuads(this.store.getQuads(null, null, null, null));
    return new Promise((resolve, reject) =>
      writer.end((error, result) => {
        if (error) reject(error);
        const body = result.split(`<${this.base}#`).join('<#');
        resolve(header.map((h) => `# ${h}`).join('\n') + '\n' + body);
      }),
    );
  }
}

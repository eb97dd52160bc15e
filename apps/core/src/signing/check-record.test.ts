import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalizeWithRdfCanonize } from './canonicalize.js';
import { canonicalRecord } from './canonical-record.internal.js';
import { checkRecord } from './check-record.js';
import { sha256Hex } from './sha256.js';
import { splitProofs } from './split-proofs.internal.js';
import { arbitraryQuads } from './test-support/arbitrary-quads.js';
import { signedTransfer } from './test-support/signed-transfer.js';
import { AMINA_KEY, BEN_KEY, TRANSFER_URL } from './test-support/transfer-record.js';
import { verifyRecord, type KeyResolver } from './verify-record.js';

const { quad, namedNode, literal, blankNode, defaultGraph } = DataFactory;
const SEC = 'https://w3id.org/security#';
const MUTUA = 'https://w3id.org/mutua/ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const SUBJECT = `${TRANSFER_URL}#it`;
const PAYER_PROOF = `${TRANSFER_URL}#proof-payer`;
const PAYEE_PROOF = `${TRANSFER_URL}#proof-payee`;

let signed: Quad[];
let resolveKey: KeyResolver;
beforeAll(async () => {
  const transfer = await signedTransfer();
  signed = [...transfer.record, ...transfer.proofs];
  resolveKey = transfer.resolveKey;
});

const mapTerms = (quads: readonly Quad[], f: (t: Term) => Term): Quad[] =>
  quads.map((q) => quad(f(q.subject) as never, f(q.predicate) as never, f(q.object) as never, f(q.graph) as never) as Quad);
const replaceObject = (quads: readonly Quad[], subject: string, predicate: string, object: Term): Quad[] =>
  quads.map((q) => (q.subject.value === subject && q.predicate.value === predicate ? (quad(q.subject, q.predicate, object as never) as Quad) : q));

// Each change is something a forger, a buggy writer or another implementation could do to a
// stored record; some keep the shared pass, others send checkRecord down the general path.
type Change = (quads: readonly Quad[], pick: number) => Quad[];
const changes: Record<string, Change> = {
  amount: (qs, n) => replaceObject(qs, SUBJECT, `${MUTUA}amount`, literal(String(n), namedNode(`${XSD}integer`))),
  description: (qs) => replaceObject(qs, SUBJECT, 'http://purl.org/dc/terms/description', literal('changed "text"\n')),
  created: (qs) => replaceObject(qs, PAYER_PROOF, 'http://purl.org/dc/terms/created', literal('2026-03-06T00:00:00Z', namedNode(`${XSD}dateTime`))),
  badCreated: (qs) => replaceObject(qs, PAYEE_PROOF, 'http://purl.org/dc/terms/created', literal('yesterday', namedNode(`${XSD}dateTime`))),
  purpose: (qs) => replaceObject(qs, PAYER_PROOF, `${SEC}proofPurpose`, namedNode(`${SEC}authentication`)),
  notBase58: (qs) => replaceObject(qs, PAYER_PROOF, `${SEC}proofValue`, literal('z0OIl', namedNode(`${SEC}multibase`))),
  shortSignature: (qs) => replaceObject(qs, PAYEE_PROOF, `${SEC}proofValue`, literal('z3vKmNfCPAj16TLQ7eHUyqt7', namedNode(`${SEC}multibase`))),
  swappedSignatures: (qs) => {
    const value = (node: string) => qs.find((q) => q.subject.value === node && q.predicate.value === `${SEC}proofValue`)?.object ?? literal('');
    return replaceObject(replaceObject(qs, PAYER_PROOF, `${SEC}proofValue`, value(PAYEE_PROOF)), PAYEE_PROOF, `${SEC}proofValue`, value(PAYER_PROOF));
  },
  otherKey: (qs) => replaceObject(qs, PAYER_PROOF, `${SEC}verificationMethod`, namedNode(BEN_KEY)),
  unknownKey: (qs) => replaceObject(qs, PAYEE_PROOF, `${SEC}verificationMethod`, namedNode('https://pods.example/mallory/profile/card#key-1')),
  dropQuad: (qs, n) => qs.filter((_, i) => i !== n % qs.length),
  repeatQuad: (qs, n) => [...qs, qs[n % qs.length] as Quad],
  reorder: (qs, n) => [...qs.slice(n % qs.length), ...qs.slice(0, n % qs.length)].reverse(),
  extraTriple: (qs) => [...qs, quad(namedNode(SUBJECT), namedNode(`${MUTUA}note`), literal('unsigned')) as Quad],
  blankProof: (qs) => mapTerms(qs, (t) => (t.termType === 'NamedNode' && t.value === PAYER_PROOF ? blankNode('p') : t)),
  twoBlankNodes: (qs) => [...qs, quad(namedNode(SUBJECT), namedNode(`${MUTUA}note`), blankNode('x')) as Quad, quad(blankNode('y'), namedNode(`${MUTUA}note`), literal('y')) as Quad],
  proofInGraph: (qs) =>
    qs.map((q) =>
      q.subject.value === PAYEE_PROOF ? (quad(blankNode('payee'), q.predicate, q.object, namedNode(PAYEE_PROOF)) as Quad) : q,
    ),
  proofValueTwice: (qs) => [...qs, quad(namedNode(PAYER_PROOF), namedNode(`${SEC}proofValue`), literal('zzz')) as Quad],
  nestedProofOption: (qs) => [...qs, quad(namedNode(PAYEE_PROOF), namedNode(`${SEC}nonce`), blankNode('n')) as Quad],
  noProof: (qs) => qs.filter((q) => q.predicate.value !== `${SEC}proof`),
  namedGraphQuad: (qs) => [...qs, quad(namedNode(SUBJECT), namedNode(`${MUTUA}note`), literal('in a graph'), namedNode(`${TRANSFER_URL}#g`)) as Quad],
};

const resolvers: Record<string, (base: KeyResolver) => KeyResolver> = {
  known: (base) => base,
  refuses: () => () => undefined,
  throws: () => () => {
    throw new Error('profile unreachable');
  },
  badMultikey: (base) => async (method) => ((await base(method)) ? { publicKey: 'z6MkNotAKey', controller: 'https://pods.example/x#me' } : undefined),
  oneUnknown: (base) => (method) => (method === AMINA_KEY ? undefined : base(method)),
};

describe('checkRecord', () => {
  it('verifies a signed transfer and writes its canonical form as rdf-canonize does', async () => {
    const checked = await checkRecord(signed, { resolveKey, subject: SUBJECT, hashRecord: true });
    expect(checked.verification).toEqual(await verifyRecord(signed, { resolveKey, subject: SUBJECT }));
    expect(checked.verification.verified).toBe(true);
    expect(checked.recordHash).toBe(await sha256Hex(await canonicalizeWithRdfCanonize(signed)));
    expect((await checkRecord(signed, { resolveKey })).recordHash).toBeUndefined();
  });

  it('gives verifyRecord’s result, reason for reason, for any changed record, key resolver and subject', async () => {
    const names = Object.keys(changes);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(100)), { maxLength: 3 }),
        fc.constantFrom(...Object.keys(resolvers)),
        fc.constantFrom(SUBJECT, undefined, `${TRANSFER_URL}#other`),
        async (steps, resolverName, subject) => {
          const quads = steps.reduce<Quad[]>((qs, [name, n]) => (changes[name] as Change)(qs, n), signed);
          const options = { resolveKey: (resolvers[resolverName] as (b: KeyResolver) => KeyResolver)(resolveKey), ...(subject ? { subject } : {}) };
          const checked = await checkRecord(quads, { ...options, hashRecord: true });
          expect(checked.verification).toEqual(await verifyRecord(quads, options));
          if (checked.recordHash !== undefined) expect(checked.recordHash).toBe(await sha256Hex(await canonicalizeWithRdfCanonize(quads)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('takes the shared pass for Mutua’s records and the general path for proofs in graphs or two blank nodes', async () => {
    const hashed = async (quads: readonly Quad[]) => (await checkRecord(quads, { resolveKey, hashRecord: true })).recordHash;
    expect(await hashed(signed)).toBeDefined();
    expect(await hashed(changes.blankProof?.(signed, 0) ?? [])).toBeDefined();
    expect(await hashed(changes.proofInGraph?.(signed, 0) ?? [])).toBeUndefined();
    expect(await hashed(changes.twoBlankNodes?.(signed, 0) ?? [])).toBeUndefined();
  });
});

describe('canonicalRecord', () => {
  // Any graph with at most one blank node, plus one proof whose node is an IRI or that blank node.
  const proofNode = fc.constantFrom<Quad['subject']>(namedNode('https://pods.example/a#proof'), blankNode('only'));
  const withProof = fc.tuple(fc.oneof(arbitraryQuads([]), arbitraryQuads(['only'])), proofNode, fc.boolean()).map(([quads, node, linked]) => [
    ...quads,
    ...(linked ? [quad(namedNode('https://pods.example/a#it'), namedNode(`${SEC}proof`), node) as Quad] : []),
    quad(node, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(`${SEC}DataIntegrityProof`), defaultGraph()) as Quad,
    quad(node, namedNode(`${SEC}proofValue`), literal('zabc', namedNode(`${SEC}multibase`))) as Quad,
    ...quads.slice(0, 2),
  ]);

  it('writes the document, each proof’s options and the whole record exactly as rdf-canonize does', async () => {
    let shared = 0;
    await fc.assert(
      fc.asyncProperty(withProof, async (quads) => {
        const split = splitProofs(quads);
        const forms = canonicalRecord(quads, split);
        if (!forms) return;
        shared++;
        expect(forms.document).toBe(await canonicalizeWithRdfCanonize(split.document));
        expect(forms.configs).toEqual(await Promise.all(split.proofs.map((p) => canonicalizeWithRdfCanonize(p.config))));
        expect(forms.record()).toBe(await canonicalizeWithRdfCanonize(quads));
      }),
      { numRuns: 600 },
    );
    expect(shared).toBeGreaterThan(300);
  });

  it('declines only what needs the general path', () => {
    fc.assert(
      fc.property(withProof, (quads) => {
        const split = splitProofs(quads);
        const inGraphs = split.proofs.some((p) => p.config.some((q) => !quads.includes(q)));
        expect(canonicalRecord(quads, split) === undefined).toBe(inGraphs);
      }),
      { numRuns: 300 },
    );
  });
});

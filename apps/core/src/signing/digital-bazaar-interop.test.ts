import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { flattenProofGraphs } from './flatten-proof-graphs.js';
import { generateKeyPair } from './key-pair.js';
import { exportMultikey } from './multikey.js';
import { signRecord } from './sign-record.js';
import { verifyRecord } from './verify-record.js';
import { jsonLdToNQuads, signWithDigitalBazaar, toJsonLd, verifyWithDigitalBazaar, type KnownKey } from './test-support/digital-bazaar.js';
import { importW3cKeyPair } from './test-support/keys.js';
import { parseNQuads, parseTurtle, writeQuads } from './test-support/rdf.js';
import { AMINA, AMINA_KEY, BEN, BEN_KEY, TRANSFER_TURTLE, TRANSFER_URL } from './test-support/transfer-record.js';
import { W3C_PUBLIC_KEY_MULTIBASE, W3C_SECRET_KEY_MULTIBASE } from './test-support/w3c-eddsa-vector.js';

// Interop with an independent implementation: Digital Bazaar's jsonld-signatures +
// @digitalbazaar/eddsa-rdfc-2022-cryptosuite, run offline with a static document loader.

const SEC = 'https://w3id.org/security#';
const MUTUA_AMOUNT = 'https://w3id.org/mutua/ns#amount';
const XSD_INTEGER = DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#integer');
const CREATED = '2026-03-05T17:42:11Z';
const record = () => parseTurtle(TRANSFER_TURTLE, TRANSFER_URL);

/** JSON-LD of our signed record: the document plus one proof object per proof node. */
function withProofs(document: Record<string, unknown>, proofs: readonly Quad[]) {
  const nodes = [...new Set(proofs.filter((q) => q.predicate.value === `${SEC}proof`).map((q) => q.object.value))];
  const value = (node: string, p: string) => proofs.find((q) => q.subject.value === node && q.predicate.value === p)?.object.value;
  return {
    ...document,
    proof: nodes.map((node) => ({
      id: node,
      type: 'DataIntegrityProof',
      cryptosuite: value(node, `${SEC}cryptosuite`),
      created: value(node, 'http://purl.org/dc/terms/created'),
      verificationMethod: value(node, `${SEC}verificationMethod`),
      proofPurpose: 'assertionMethod',
      proofValue: value(node, `${SEC}proofValue`),
    })),
  };
}

function resolverFor(known: readonly KnownKey[]) {
  return (method: string) => {
    const key = known.find((k) => k.id === method);
    return key && { publicKey: key.publicKeyMultibase, controller: key.controller };
  };
}

async function ourKeys() {
  const [amina, ben] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  const known: KnownKey[] = [
    { id: AMINA_KEY, controller: AMINA, publicKeyMultibase: await exportMultikey(amina.publicKey) },
    { id: BEN_KEY, controller: BEN, publicKeyMultibase: await exportMultikey(ben.publicKey) },
  ];
  return { amina, ben, known, resolveKey: resolverFor(known) };
}

describe('eddsa-rdfc-2022 interop with Digital Bazaar', () => {
  it('produces the same proof value as jsonld-signatures for the same key, record and time', async () => {
    const { privateKey } = await importW3cKeyPair();
    const ours = await signRecord(record(), { privateKey, verificationMethod: AMINA_KEY, created: CREATED });
    const dbKey = await Ed25519Multikey.from({ id: AMINA_KEY, controller: AMINA, publicKeyMultibase: W3C_PUBLIC_KEY_MULTIBASE, secretKeyMultibase: W3C_SECRET_KEY_MULTIBASE });
    const known = [{ id: AMINA_KEY, controller: AMINA, publicKeyMultibase: W3C_PUBLIC_KEY_MULTIBASE }];
    const theirs = await signWithDigitalBazaar(await toJsonLd(record()), dbKey, known, CREATED);
    // Ed25519 is deterministic: equal values mean equal canonical forms, hashes and byte order.
    expect(ours.find((q) => q.predicate.value === `${SEC}proofValue`)?.object.value).toBe(theirs.proof.proofValue);
  });

  it('has records signed by Mutua (payer and payee) verified by jsonld-signatures, and tampered copies refused', async () => {
    const { amina, ben, known } = await ourKeys();
    const payee = await signRecord(record(), { privateKey: ben.privateKey, verificationMethod: BEN_KEY, created: '2026-03-05T17:40:00Z', proofId: `${TRANSFER_URL}#proof-payee` });
    const payer = await signRecord(record(), { privateKey: amina.privateKey, verificationMethod: AMINA_KEY, created: CREATED, proofId: `${TRANSFER_URL}#proof-payer` });
    const signed = withProofs(await toJsonLd(record()), [...payee, ...payer]);
    expect(signed.proof).toHaveLength(2);
    expect(await verifyWithDigitalBazaar(signed, known)).toBe(2);

    const tampered = structuredClone(signed) as Record<string, unknown>;
    tampered[MUTUA_AMOUNT] = [{ '@value': '99999', '@type': 'http://www.w3.org/2001/XMLSchema#integer' }];
    expect(await verifyWithDigitalBazaar(tampered, known)).toBe(false);
  });

  it('verifies records signed by jsonld-signatures, in their graph form and stored as Turtle, and refuses tampered copies', async () => {
    const { resolveKey } = await ourKeys();
    const amina = await Ed25519Multikey.generate({ id: AMINA_KEY, controller: AMINA });
    const ben = await Ed25519Multikey.generate({ id: BEN_KEY, controller: BEN });
    const known: KnownKey[] = [
      { id: AMINA_KEY, controller: AMINA, publicKeyMultibase: amina.publicKeyMultibase },
      { id: BEN_KEY, controller: BEN, publicKeyMultibase: ben.publicKeyMultibase },
    ];
    const resolve = resolverFor(known);
    const once = await signWithDigitalBazaar(await toJsonLd(record()), ben, known, '2026-03-05T17:40:00Z');
    const twice = await signWithDigitalBazaar(once, amina, known, CREATED);
    expect(await verifyWithDigitalBazaar(twice, known)).toBe(2);

    const dataset = parseNQuads(await jsonLdToNQuads(twice, known));
    expect(dataset.some((q) => q.graph.termType === 'BlankNode')).toBe(true);
    const inGraphs = await verifyRecord(dataset, { resolveKey: resolve });
    expect(inGraphs.verified).toBe(true);
    expect(inGraphs.proofs.map((p) => p.controller).sort()).toEqual([AMINA, BEN]);

    const turtle = writeQuads(flattenProofGraphs(dataset), 'Turtle', { sec: SEC });
    const stored = parseTurtle(turtle, TRANSFER_URL);
    expect((await verifyRecord(stored, { resolveKey: resolve })).verified).toBe(true);

    const tampered = stored.map((q) => (q.predicate.value === MUTUA_AMOUNT ? (DataFactory.quad(q.subject, q.predicate, DataFactory.literal('1', XSD_INTEGER)) as Quad) : q));
    expect((await verifyRecord(tampered, { resolveKey: resolve })).verified).toBe(false);
    expect((await verifyRecord(dataset, { resolveKey })).verified).toBe(false);
  });
});
